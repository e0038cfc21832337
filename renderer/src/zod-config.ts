// Imported first by main.tsx, before any schema is built. Zod's fast path compiles validators with
// `new Function`, which the app's Content-Security-Policy forbids (no 'unsafe-eval'); even its
// probe for eval support is reported as a CSP violation. jitless skips both.
import { z } from 'zod';

z.config({ jitless: true });
