import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustProxy, resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  const none = parseTrustProxy(undefined);
  it("ignores X-Forwarded-For unless a proxy is configured (a client cannot pick its own address)", () => {
    expect(resolveClientIp("127.0.0.1", "203.0.113.9", none)).toBe("127.0.0.1");
    expect(resolveClientIp("::ffff:198.51.100.4", "1.1.1.1, 2.2.2.2", none)).toBe("198.51.100.4");
    expect(resolveClientIp(undefined, "203.0.113.9", none)).toBe("unknown");
  });

  it("TRUST_PROXY=1: one proxy in front, the client is the hop it appended (right-most)", () => {
    const one = parseTrustProxy("1");
    expect(resolveClientIp("10.0.0.2", "203.0.113.9", one)).toBe("203.0.113.9");
    // A made-up left part of the header is not believed.
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 203.0.113.9", one)).toBe("203.0.113.9");
    // Nothing forwarded: the socket peer is all we know.
    expect(resolveClientIp("10.0.0.2", null, one)).toBe("10.0.0.2");
  });

  it("a list of proxy addresses: the right-most hop not in the list", () => {
    const list = parseTrustProxy("10.0.0.2, 10.0.0.3");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.3", list)).toBe("203.0.113.9");
    // A direct connection from elsewhere is its own client, whatever it claims.
    expect(resolveClientIp("198.51.100.7", "203.0.113.9", list)).toBe("198.51.100.7");
    expect(resolveClientIp("10.0.0.2", "10.0.0.3", list)).toBe("10.0.0.3");
  });

  it("parses TRUST_PROXY and normalizes addresses", () => {
    expect(parseTrustProxy("0")).toEqual({ kind: "none" });
    expect(parseTrustProxy(" ")).toEqual({ kind: "none" });
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    expect(normalizeAddress("[::1]:443")).toBe("::1");
    expect(normalizeAddress("1.2.3.4:80")).toBe("1.2.3.4");
    expect(normalizeAddress("::FFFF:1.2.3.4")).toBe("1.2.3.4");
  });
});
