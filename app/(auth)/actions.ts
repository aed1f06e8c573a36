"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOutSession } from "@/lib/auth/accounts";
import { toActionFailure } from "@/lib/auth/action";
import { applySetCookies } from "@/lib/auth/cookies";
import { assertSameOrigin } from "@/lib/auth/csrf";

/** Account menu "로그아웃": deletes the session row, clears the cookie, goes home. */
export async function signOutAction(): Promise<void> {
  try {
    const requestHeaders = await headers();
    assertSameOrigin(requestHeaders);
    await applySetCookies(await signOutSession(requestHeaders));
  } catch (err) {
    toActionFailure(err);
    return;
  }
  redirect("/");
}
