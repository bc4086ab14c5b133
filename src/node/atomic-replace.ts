/**
 * Replacing a file in place without ever leaving half of it: the bytes go to a temporary file
 * in the same folder (rename is atomic only within one file system), which then takes the
 * target's place; the target keeps its permissions. A crash, a full disk or Ctrl-C mid-write
 * leaves the old file whole. (Engineer i11 is adding the same for every CLI write, in
 * src/node/atomic-write.ts with the same signature; the two are to be unified.)
 */
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(temp, data);
    try {
      chmodSync(temp, statSync(path).mode & 0o7777);
    } catch {
      // a new file: the default mode is right
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    // Name the user's file in the error, not our temporary one.
    const err = e as NodeJS.ErrnoException;
    if (err && err.path === temp) err.path = path;
    throw e;
  }
}
