// The framework's ceiling: the cheapest dynamic route Next.js can serve.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
