#!/usr/bin/env node
// `npm run caruman:dev -- <args>`: the `caruman` command straight from the TypeScript sources
// (through tsx), for working on the CLI without rebuilding dist/cli after every change.
process.env.CARUMAN_FROM_SOURCE = '1';
await import('../bin/caruman.mjs');
