/**
 * Writing a file so that it is never half-written: the data goes to a temporary file beside it,
 * is flushed to disk, and only then takes the file's name — at once, by rename or link. A failed
 * write leaves the old file (or no file) and no temporary file behind. Without `overwrite`, an
 * existing file is never replaced, even by a write racing this one.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${path} 已经存在`);
    this.path = path;
    this.name = 'FileExistsError';
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, { overwrite = false } = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  // A name starting with "." is never published or checked, should a crash leave it behind.
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    if (overwrite) await rename(temp, path);
    else {
      try {
        await link(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw error;
      }
    }
  } finally {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
  }
}
