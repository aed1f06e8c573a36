import Link from "next/link";

/** The frame of the login and sign-up pages: heading, intro, form, and the link to the other page. */
export function AuthCard(props: {
  title: string;
  intro: string;
  children: React.ReactNode;
  switchText: string;
  switchLabel: string;
  switchHref: string;
}) {
  return (
    <div className="mx-auto w-full max-w-sm py-6 sm:py-10">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-2xl font-bold tracking-tight">{props.title}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{props.intro}</p>
        <div className="mt-6">{props.children}</div>
      </div>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        {props.switchText}{" "}
        <Link href={props.switchHref} className="font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
          {props.switchLabel}
        </Link>
      </p>
    </div>
  );
}
