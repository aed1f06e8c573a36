/**
 * Server-action requests (`Next-Action` header) carry React's encoded
 * arguments: a JSON text (text/plain) or, with files, multipart form data.
 * Next.js answers a body that does not decode with a 500; proxy.ts checks
 * the shape first and answers 400. Pure (Web APIs only).
 */
export async function isWellFormedActionBody(request: Request): Promise<boolean> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  try {
    if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
      await request.clone().formData();
      return true;
    }
    if (type === "text/plain" || type === "") {
      const text = await request.clone().text();
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) || (typeof value === "string" && /^\$/.test(value));
    }
    return false;
  } catch {
    return false;
  }
}
