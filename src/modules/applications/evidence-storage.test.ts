import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFileStore } from '../../shared/storage/disk-file-store';
import { KEY_PATTERN, newStorageKey, sniffEvidenceType } from './evidence-storage';

const root = mkdtempSync(join(tmpdir(), 'opc-evidence-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evidence files', () => {
  it('sniffs PDF, PNG, JPEG and WebP from their bytes and nothing else', () => {
    expect(sniffEvidenceType(Buffer.from('%PDF-1.7\n'))?.mediaType).toBe('application/pdf');
    expect(
      sniffEvidenceType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))
        ?.mediaType,
    ).toBe('image/png');
    expect(sniffEvidenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mediaType).toBe('image/jpeg');
    expect(sniffEvidenceType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))?.mediaType).toBe('image/webp');
    expect(sniffEvidenceType(Buffer.from('<html><script>'))).toBeUndefined();
    expect(sniffEvidenceType(Buffer.from('PK\x03\x04'))).toBeUndefined();
    expect(sniffEvidenceType(Buffer.from('MZ\x90\x00'))).toBeUndefined();
  });

  it('stores and reads back by key, and refuses keys that are not its own', async () => {
    const storage = new DiskFileStore(root, KEY_PATTERN);
    const key = newStorageKey(new Date('2026-11-25T00:00:00Z'));
    await storage.stage(key, Buffer.from('%PDF-1.4 hello'));
    await storage.commit(key);
    expect((await storage.get(key)).toString()).toBe('%PDF-1.4 hello');
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/invalid storage key/);
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toThrow();
  });

  it('keeps staged bytes apart until they are committed, and lists them', async () => {
    const storage = new DiskFileStore(root, KEY_PATTERN);
    const kept = newStorageKey(new Date('2026-11-25T00:00:00Z'));
    const dropped = newStorageKey(new Date('2026-11-25T00:00:00Z'));
    await storage.stage(kept, Buffer.from('%PDF-1.4 kept'));
    await storage.stage(dropped, Buffer.from('%PDF-1.4 dropped'));
    await expect(storage.get(kept)).rejects.toThrow();
    expect((await storage.listStaged()).map((file) => file.key).sort()).toEqual(
      [kept, dropped].sort(),
    );
    await storage.commit(kept);
    await storage.discard(dropped);
    expect(await storage.listStaged()).toEqual([]);
    expect((await storage.get(kept)).toString()).toBe('%PDF-1.4 kept');
    await expect(storage.get(dropped)).rejects.toThrow();
  });
});
