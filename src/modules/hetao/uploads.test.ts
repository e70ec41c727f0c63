import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFileStore } from '../../shared/storage/disk-file-store';
import { sha256Of, StoredFileMissingError } from '../../shared/storage/file-store';
import { datasheetKey, datasheetStoreFor, sniffAttachmentType } from './uploads';
import { PDF_BYTES, PNG_BYTES } from './test-support';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffAttachmentType', () => {
  it('recognises PDF, PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffAttachmentType(PDF_BYTES)?.mediaType).toBe('application/pdf');
    expect(sniffAttachmentType(PNG_BYTES)?.mediaType).toBe('image/png');
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))?.mediaType).toBe(
      'image/jpeg',
    );
    expect(sniffAttachmentType(text('GIF89a\x01\x00'))?.mediaType).toBe('image/gif');
    expect(sniffAttachmentType(text('RIFF\x10\x00\x00\x00WEBPVP8 '))?.mediaType).toBe('image/webp');
  });

  it('refuses everything else, whatever it is called', () => {
    for (const sample of [
      text('MZ\x90\x00\x03'), // Windows executable
      text('\x7fELF\x02\x01'), // Linux executable
      text('#!/bin/sh\nrm -rf /'),
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      text('<html><script>alert(1)</script>'),
      text('PK\x03\x04'), // zip / docx
      text('RIFF\x10\x00\x00\x00WAVEfmt '), // RIFF but not WebP
      text(' %PDF-1.4'), // not at the start
      new Uint8Array(),
    ])
      expect(sniffAttachmentType(sample)).toBeUndefined();
  });
});

describe('storage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hetao-uploads-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const question = '11111111-1111-4111-8111-111111111111';
  const attachment = '22222222-2222-4222-8222-222222222222';
  const pdf = { mediaType: 'application/pdf', extension: 'pdf' } as const;
  const store = datasheetStoreFor({ dataDir }, {});
  const disk = store as DiskFileStore;

  it('writes under <dataDir>/uploads/hetao without any execute bit, and reads back', async () => {
    expect(store).toBeInstanceOf(DiskFileStore);
    const storagePath = datasheetKey(question, attachment, pdf);
    expect(storagePath).toBe(`${question}/${attachment}.pdf`);
    await store.stage(storagePath, PDF_BYTES, pdf.mediaType);
    // Staged until its row commits: not yet where it will be read from.
    await expect(store.get(storagePath)).rejects.toBeInstanceOf(StoredFileMissingError);
    expect((await store.listStaged()).map((file) => file.key)).toEqual([storagePath]);
    await store.commit(storagePath);
    expect(await store.listStaged()).toEqual([]);
    const full = disk.pathOf(storagePath);
    expect(full).toBe(join(dataDir, 'uploads', 'hetao', question, `${attachment}.pdf`));
    expect(statSync(full).mode & 0o111).toBe(0);
    expect(sha256Of(PDF_BYTES)).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.compare(await store.get(storagePath), Buffer.from(PDF_BYTES))).toBe(0);
  });

  it('never overwrites, discards staged bytes, and never leaves the uploads root', async () => {
    const storagePath = datasheetKey(question, '33333333-3333-4333-8333-333333333333', pdf);
    await store.stage(storagePath, PDF_BYTES, pdf.mediaType);
    await expect(store.stage(storagePath, PDF_BYTES, pdf.mediaType)).rejects.toThrow();
    await store.discard(storagePath);
    expect(await store.listStaged()).toEqual([]);
    expect(() => disk.pathOf('../../secret')).toThrow();
    expect(() => disk.pathOf('../../../secret', true)).toThrow();
    await expect(store.get('../../secret')).rejects.toThrow(/invalid storage key/);
  });

  it('goes to the S3 bucket, under hetao/, when S3 is configured', () => {
    const s3 = datasheetStoreFor(
      { dataDir },
      {
        FILE_STORAGE: 's3',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_REGION: 'us-east-1',
        S3_BUCKET: 'uploads',
        S3_ACCESS_KEY_ID: 'a',
        S3_SECRET_ACCESS_KEY: 'b',
      },
    );
    expect(s3.kind).toBe('s3');
  });
});
