/** Why a file could not be read as a job description. Shown to users as is. */
export class DocumentError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${fileName}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'DocumentError';
  }
}
