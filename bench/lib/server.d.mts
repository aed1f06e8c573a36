import type { ChildProcess } from "node:child_process";

export const ROOT: string;
export function ensureBuild(distDir: string): void;
export interface RunningServer {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export function startServer(opts: { port: number; distDir: string; dbFile?: string; databaseUrl?: string; env?: Record<string, string>; quiet?: boolean; nodeArgs?: string[] }): Promise<RunningServer>;
export function signUp(url: string, email?: string): Promise<{ cookie: string; user: { id: string; email: string }; email: string }>;
export function removeDb(file: string): void;
