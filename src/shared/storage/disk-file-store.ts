import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  STAGING_PREFIX,
  StoredFileMissingError,
  type FileStore,
  type StagedFile,
} from './file-store';

/**
 * A {@link FileStore} on the local disk: files under `root` (folders 0700, files 0600, never an
 * execute bit), staged bytes under `root/.staging/`. Keys must match `keyPattern`, so no user
 * input ever reaches a path.
 */
export class DiskFileStore implements FileStore {
  readonly kind = 'disk';
  private readonly root: string;

  constructor(
    root: string,
    private readonly keyPattern: RegExp,
  ) {
    this.root = resolve(root);
  }

  /** The file a key names (or its staged copy), refusing anything outside the root. */
  pathOf(key: string, staged = false): string {
    if (!this.keyPattern.test(key)) throw new Error(`invalid storage key: ${key}`);
    const path = staged ? resolve(this.root, STAGING_PREFIX, key) : resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  }

  async stage(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(key, true);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
  }

  async commit(key: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // NOTE: a rename within one file system: the file appears in place whole, or not at all.
    await rename(this.pathOf(key, true), path);
  }

  async discard(key: string): Promise<void> {
    await rm(this.pathOf(key, true), { force: true });
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new StoredFileMissingError(`no stored file under ${key}`, { cause: error });
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async listStaged(): Promise<StagedFile[]> {
    const folder = join(this.root, STAGING_PREFIX);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    const staged: StagedFile[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const key = relative(folder, path).split(sep).join('/');
      // Only what stage() could have written; anything else there is not ours to touch.
      if (this.keyPattern.test(key)) staged.push({ key, stagedAt: (await stat(path)).mtime });
    }
    return staged;
  }
}
