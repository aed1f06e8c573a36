/**
 * Which address a request really came from. Pure (no Node or Next imports):
 * the server stamps the answer on every request (lib/http/stamp-client-ip.ts),
 * rate limits read it back (lib/auth/rate-limit.ts).
 *
 * By default only the socket address counts: `X-Forwarded-For` is whatever
 * the client wrote. Behind a reverse proxy, `TRUST_PROXY` says whom to believe:
 *  - a number N (`TRUST_PROXY=1`): the last N hops (the socket peer first) are
 *    our own proxies;
 *  - a comma-separated list of addresses: hops with these addresses are ours.
 * The client is then the right-most hop that is not a trusted proxy.
 */

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; addresses: ReadonlySet<string> };

/** The header our server sets on every request (any value a client sends is replaced). */
export const CLIENT_IP_HEADER = "x-rehearse-client-ip";

/** "::ffff:127.0.0.1" → "127.0.0.1"; "[::1]:443" / "1.2.3.4:80" → the address alone. */
export function normalizeAddress(value: string): string {
  let v = value.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (v.startsWith("::ffff:") && /^\d{1,3}(\.\d{1,3}){3}$/.test(v.slice(7))) v = v.slice(7);
  return v;
}

/** Reads `TRUST_PROXY`: unset / "0" / "false" → none; an integer → hops; otherwise a list of addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? "";
  if (v === "" || v === "0" || v.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(v)) return { kind: "hops", hops: Math.min(Number(v), 32) };
  if (v.toLowerCase() === "true") return { kind: "hops", hops: 1 };
  const addresses = v.split(",").map(normalizeAddress).filter(Boolean);
  return addresses.length > 0 ? { kind: "list", addresses: new Set(addresses) } : { kind: "none" };
}

/**
 * The client address for a request that reached us from socket address
 * `peer` carrying `forwardedFor` (the X-Forwarded-For value, or null).
 * Returns "unknown" when there is no peer address at all.
 */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | null | undefined, trust: TrustProxy): string {
  const socket = peer ? normalizeAddress(peer) : "";
  if (!socket) return "unknown";
  if (trust.kind === "none") return socket;
  const forwarded = (forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean);
  // Right to left: the socket peer, then what each proxy appended.
  const chain = [...forwarded, socket].reverse();
  for (const [i, hop] of chain.entries()) {
    const trusted = trust.kind === "hops" ? i < trust.hops : trust.addresses.has(hop);
    if (!trusted) return hop;
  }
  // Every hop is a trusted proxy: the left-most is as close to the client as we know.
  return chain[chain.length - 1]!;
}
