import { signOutSession } from "@/lib/auth/accounts";
import { withApi, withSetCookies } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** POST → 204; the session is deleted from the database and the cookie cleared. */
export const POST = withApi(async (req) => {
  const setCookies = await signOutSession(req.headers);
  return withSetCookies(new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } }), setCookies);
});
