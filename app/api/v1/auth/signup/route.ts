import { signUpWithPassword } from "@/lib/auth/accounts";
import { AUTH_MAX_BODY_BYTES } from "@/lib/auth/limits";
import { signUpSchema } from "@/lib/auth/credentials";
import { apiJson, parseJsonBody, withApi, withSetCookies } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** POST {email, password, timezone?} → 201 {user} + session cookie; 409 when the e-mail is taken. */
export const POST = withApi(async (req) => {
  const input = await parseJsonBody(req, signUpSchema, { maxBytes: AUTH_MAX_BODY_BYTES });
  const { user, setCookies } = await signUpWithPassword(input, req.headers);
  return withSetCookies(apiJson({ user }, { status: 201 }), setCookies);
});
