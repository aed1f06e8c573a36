/**
 * Session cookies are `Secure` in production (`next start`). Browsers still
 * accept Secure cookies from http://localhost and http://127.0.0.1 (they are
 * "potentially trustworthy" origins), so `npm start` works locally. Serving
 * production over plain http on another host (e.g. a LAN IP) needs
 * `AUTH_INSECURE_COOKIES=1` (see .env.example); anything public should be https.
 */
export function useSecureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === "production" && env.AUTH_INSECURE_COOKIES !== "1";
}
