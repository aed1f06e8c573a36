import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "./client-ip";
import { installClientIpStamp, isClientIpStamped } from "./stamp-client-ip";

let seen: http.IncomingHttpHeaders[] = [];
const server = http.createServer((req, res) => {
  seen.push(req.headers);
  res.end("ok");
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function send(headers: Record<string, string>) {
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, headers }, (res) => res.resume().on("end", resolve)).on("error", reject);
  });
  return seen.at(-1)!;
}

it("stamps every request with the socket address, replacing what the client claims", async () => {
  installClientIpStamp();
  expect(isClientIpStamped()).toBe(true);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  seen = [];
  const got = await send({ "x-forwarded-for": "203.0.113.9", [CLIENT_IP_HEADER]: "6.6.6.6" });
  expect(got[CLIENT_IP_HEADER]).toBe("127.0.0.1");
  process.env.TRUST_PROXY = "1";
  try {
    expect((await send({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))[CLIENT_IP_HEADER]).toBe("203.0.113.9");
  } finally {
    delete process.env.TRUST_PROXY;
  }
});
