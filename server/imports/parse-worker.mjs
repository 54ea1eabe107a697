// A parse worker's entry (see parse-pool.ts). A worker thread does not share the main thread's
// TypeScript loader (tsx under `orgraph serve`, vite under vitest), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
const { readImportFile } = await import('./read-file.ts');

/** Piscina calls the default export with each task. */
export default ({ file, organization }) => readImportFile(file, organization);
