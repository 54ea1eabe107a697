import { DocumentError } from '../../server/ingest/errors.js';

/** The DocumentError `run` throws; fails the test when it throws none or another error. */
export function errorOf(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}
