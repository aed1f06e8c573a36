/** Body cap for the sign-up / sign-in JSON routes: credentials are tiny, anything bigger is a 413. */
export const AUTH_MAX_BODY_BYTES = 16 * 1024;

/** Password length bounds (argon2id input; Better Auth is configured with the same). */
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 128;
