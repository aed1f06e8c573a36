import Link from "next/link";
import { t } from "@/lib/i18n/client";
import { btnPrimary, btnSecondary } from "./ui";

/** For a deck that does not exist (or is not yours): where to go instead. */
export function StudyWayBack() {
  return (
    <div className="flex flex-wrap gap-2">
      <Link href="/" className={btnPrimary}>
        {t.polish.study.backToToday}
      </Link>
      <Link href="/library" className={btnSecondary}>
        {t.polish.study.toLibrary}
      </Link>
    </div>
  );
}
