/** Small JSON calls for the library's client components (PATCH/DELETE beyond lib/client/api). */
import { ApiError } from "@/lib/client/api";
import { t } from "@/lib/i18n";

export async function sendJson<T>(path: string, method: "PATCH" | "DELETE" | "POST", body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", t.study.errors.network);
  }
  const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (res.ok) return data as T;
  throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? t.study.errors.server(res.status));
}
