// Runs once when the Next.js server starts (dev and production).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientIpStamp } = await import("./lib/http/stamp-client-ip");
    installClientIpStamp();
    const { describeAllowedOrigins } = await import("./lib/auth/origin");
    if (process.env.NODE_ENV === "production") console.log(describeAllowedOrigins());
    const { prepareDatabase } = await import("./lib/db/startup");
    try {
      await prepareDatabase();
    } catch (err) {
      // A server that cannot prepare its database (or has no shared secret on
      // PostgreSQL) must not serve: stop with the reason instead.
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    }
  }
}
