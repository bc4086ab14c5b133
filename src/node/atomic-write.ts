/**
 * Every file the CLI writes goes through here: the bytes go to a temporary file in the same
 * folder, which is then renamed over the target. A crash, a full disk or Ctrl-C mid-write
 * leaves the old file whole (rename is atomic within one file system; a temporary file in
 * another folder could be on another one). A replaced file keeps its permissions. The one
 * atomic writer of src/node (the score import's in-place update uses it too).
 */
import { chmodSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
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
      // the temporary file was never created
    }
    // Name the file the user asked for, not our temporary one.
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.path === 'string' && err.path === temp) err.path = path;
    throw e;
  }
}
