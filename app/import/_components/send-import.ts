/**
 * Browser side of POST /api/v1/imports: files go as base64 bytes (the server
 * checks the encoding), through XHR so large uploads can report progress.
 */
import { ApiError } from "@/lib/client/api";
import { t } from "@/lib/i18n";
import type { ImportResult } from "@/lib/data/imports";
import type { ImportedCard, ImportedFile } from "@/lib/data/imports";

export type PreviewCard = ImportedCard & { givenHtml?: string; answerHtml?: string };
export type PreviewFile = Omit<ImportedFile, "cards"> & { cards: PreviewCard[] };
export type ImportAnswer = Omit<ImportResult, "files"> & { files: PreviewFile[]; skipped: string[] };
export interface OutgoingFile {
  name: string;
  content: string;
  encoding: "base64" | "utf8";
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads chosen files (keeping a folder's relative path when there is one). */
export async function readFiles(files: File[]): Promise<OutgoingFile[]> {
  return Promise.all(
    files.map(async (f) => {
      const name = f.webkitRelativePath || f.name;
      try {
        return { name, content: bytesToBase64(new Uint8Array(await f.arrayBuffer())), encoding: "base64" as const };
      } catch {
        throw new ApiError(400, "read_failed", t.import.readFailed(name));
      }
    }),
  );
}

/** Sends an import; `onProgress(0–100)` while uploading, then `null` while the server works. */
export function sendImport(
  files: OutgoingFile[],
  preview: boolean,
  onProgress: (pct: number | null) => void,
  { practicePrompts = false, mergeSubheadings = false, confirmArchive = false }: { practicePrompts?: boolean; mergeSubheadings?: boolean; confirmArchive?: boolean } = {},
): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () => reject(new ApiError(0, "network", t.study.errors.network));
    xhr.onload = () => {
      const data = xhr.response as (ImportAnswer & { error?: { code: string; message: string } }) | null;
      if (xhr.status === 200 && data) return resolve(data);
      if (xhr.status === 401) window.location.assign(`/login?next=${encodeURIComponent("/import")}`);
      reject(new ApiError(xhr.status, data?.error?.code ?? `http_${xhr.status}`, data?.error?.message ?? t.study.errors.server(xhr.status)));
    };
    onProgress(0);
    xhr.send(JSON.stringify({ files, preview, practicePrompts, mergeSubheadings, ...(confirmArchive ? { confirmArchive } : {}) }));
  });
}
