import { signInWithPassword } from "@/lib/auth/accounts";
import { signInSchema } from "@/lib/auth/credentials";
import { AUTH_MAX_BODY_BYTES } from "@/lib/auth/limits";
import { apiJson, parseJsonBody, withApi, withSetCookies } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** POST {email, password} → 200 {user} + a new session cookie; 401 for any wrong credentials. */
export const POST = withApi(async (req) => {
  const input = await parseJsonBody(req, signInSchema, { maxBytes: AUTH_MAX_BODY_BYTES });
  const { user, setCookies } = await signInWithPassword(input, req.headers);
  return withSetCookies(apiJson({ user }), setCookies);
});
