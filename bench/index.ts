/**
 * `npm run bench`: every server-side benchmark, printed as tables with ratios against
 * baselines measured in the same run. No figure here is asserted anywhere.
 */
import { benchCoverage } from './coverage.js';

const sizes = process.argv.includes('--quick') ? [1_000, 10_000] : [1_000, 10_000, 100_000];
benchCoverage(sizes);
