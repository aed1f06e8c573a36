/**
 * A refused import: nothing of it is saved. `file` names the offending file
 * (or zip path) and `message` says why, in Korean.
 */
export class ImportRefusedError extends Error {
  constructor(
    readonly status: 400 | 409 | 413,
    readonly code: string,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportRefusedError";
  }
}

export const refuse = (file: string, message: string, code = "import_refused") =>
  new ImportRefusedError(400, code, file, `${file}: ${message}`);

export const tooLarge = (file: string, message: string) => new ImportRefusedError(413, "import_too_large", file, `${file}: ${message}`);
