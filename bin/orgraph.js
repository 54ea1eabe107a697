#!/usr/bin/env node
// Runs the TypeScript sources directly: tsx compiles them on load, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// `serve` runs as production unless NODE_ENV says otherwise: unexpected errors are masked, and
// graphql-js skips its development checks (it reads NODE_ENV once, when it is first imported).
if (process.argv[2] === 'serve') process.env.NODE_ENV ??= 'production';
await import('../server/cli.ts');
