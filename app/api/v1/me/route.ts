import { apiJson, withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET → 200 {user:{id,email}} for a valid session, else 401. */
export const GET = withApiUser(async (_req, user) => apiJson({ user: { id: user.id, email: user.email } }));
