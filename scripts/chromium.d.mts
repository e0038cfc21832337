// Types for scripts/chromium.mjs.
export declare function chromiumPath(env?: Record<string, string | undefined>): string;
export declare function missingChromium(env?: Record<string, string | undefined>): string | null;
