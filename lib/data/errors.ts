/** An expected failure of a data-access call; routes map `status` to the HTTP answer. */
export class DataError extends Error {
  constructor(
    readonly status: 404 | 409 | 400,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DataError";
  }
}

export const notFound = (message: string) => new DataError(404, "not_found", message);
export const conflict = (message: string, code = "conflict") => new DataError(409, code, message);
