import http from "node:http";
import { CLIENT_IP_HEADER, parseTrustProxy, resolveClientIp } from "./client-ip";

const STAMPED = Symbol.for("rehearse.clientIpStamp");
type Flagged = typeof globalThis & { [STAMPED]?: boolean };

/** True once the server stamps every request with its client address (so the header can be believed). */
export function isClientIpStamped(): boolean {
  return (globalThis as Flagged)[STAMPED] === true;
}

/** Marks the stamp as installed; tests that build requests by hand call it too. */
export function markClientIpStamped(): void {
  (globalThis as Flagged)[STAMPED] = true;
}

/** Writes the resolved client address on an incoming request, replacing anything the client sent. */
export function stampRequest(req: http.IncomingMessage, env: Record<string, string | undefined> = process.env): void {
  const forwarded = req.headers["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket?.remoteAddress, value, parseTrustProxy(env.TRUST_PROXY));
}

/**
 * Route handlers never see the socket (Next.js hands them a Request), and
 * `next start` only fills X-Forwarded-For when the client left it out. So
 * every HTTP server of this process stamps each request with its real client
 * address before Next.js reads it. Called once from instrumentation.ts.
 */
export function installClientIpStamp(): void {
  if (isClientIpStamped()) return;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[0] instanceof http.IncomingMessage) stampRequest(args[0]);
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  markClientIpStamped();
}
