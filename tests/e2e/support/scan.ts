/**
 * Every file of a build searched for a string, as bytes: text files as they are, gzip-compressed
 * ones (Pagefind's index) unpacked first, so that nothing is missed because it is compressed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The files of `dir` (relative paths) whose content contains `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const wanted = Buffer.from(needle);
  return (readdirSync(dir, { recursive: true }) as string[]).filter((p) => {
    const path = join(dir, p);
    if (!statSync(path).isFile()) return false;
    let bytes = readFileSync(path);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes);
      } catch {
        // Not gzip after all: search the bytes as they are.
      }
    }
    return bytes.includes(wanted);
  });
}
