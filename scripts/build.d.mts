// Types for scripts/build.mjs, so tests can build (or inspect) the bundles exactly as the build does.
import type { BuildOptions } from 'esbuild';

export declare const RUNTIME_PACKAGES: string[];
export declare const mainBuildOptions: BuildOptions;
export declare const CLI_DIR: string;
export declare function cliBuildOptions(outdir?: string): BuildOptions;
export declare function buildCli(): Promise<void>;
export declare function buildRenderer(): Promise<void>;
export declare function buildMainAndPreload(): Promise<void>;
export declare function build(options?: { mainOnly?: boolean; cliOnly?: boolean }): Promise<void>;
export declare const CLI_SOURCES_FILE: string;
export declare function cliIsStale(): boolean;
