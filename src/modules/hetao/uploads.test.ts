import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanFileName,
  commitAttachment,
  discardAttachment,
  listStagedAttachments,
  readAttachment,
  resolveStoredPath,
  sniffAttachmentType,
  stageAttachment,
} from './uploads';
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

describe('cleanFileName', () => {
  it('keeps the name, drops directories, control and bidi characters, leading dots', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\a\\基质胶说明书.pdf')).toBe('基质胶说明书.pdf');
    expect(cleanFileName('evil\u202Efdp.exe')).toBe('evilfdp.exe');
    expect(cleanFileName('.htaccess')).toBe('htaccess');
    expect(cleanFileName('')).toBe('datasheet');
    expect(cleanFileName('a'.repeat(300))).toHaveLength(120);
  });
});

describe('storage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hetao-uploads-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const question = '11111111-1111-4111-8111-111111111111';
  const attachment = '22222222-2222-4222-8222-222222222222';

  it('writes under <dataDir>/uploads/hetao without any execute bit, and reads back', async () => {
    const { storagePath, sha256 } = await stageAttachment(
      dataDir,
      question,
      attachment,
      { mediaType: 'application/pdf', extension: 'pdf' },
      PDF_BYTES,
    );
    expect(storagePath).toBe(join(question, `${attachment}.pdf`));
    // Staged until its row commits: not yet where it will be read from.
    await expect(readAttachment(dataDir, storagePath)).rejects.toThrow();
    expect((await listStagedAttachments(dataDir)).map((file) => file.storagePath)).toEqual([
      storagePath,
    ]);
    await commitAttachment(dataDir, storagePath);
    expect(await listStagedAttachments(dataDir)).toEqual([]);
    const full = resolveStoredPath(dataDir, storagePath);
    expect(full.startsWith(join(dataDir, 'uploads', 'hetao'))).toBe(true);
    expect(statSync(full).mode & 0o111).toBe(0);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.compare(await readAttachment(dataDir, storagePath), Buffer.from(PDF_BYTES))).toBe(
      0,
    );
  });

  it('never overwrites, discards staged bytes, and never leaves the uploads root', async () => {
    const type = { mediaType: 'application/pdf', extension: 'pdf' } as const;
    const other = '33333333-3333-4333-8333-333333333333';
    const { storagePath } = await stageAttachment(dataDir, question, other, type, PDF_BYTES);
    await expect(stageAttachment(dataDir, question, other, type, PDF_BYTES)).rejects.toThrow();
    await discardAttachment(dataDir, storagePath);
    expect(await listStagedAttachments(dataDir)).toEqual([]);
    expect(() => resolveStoredPath(dataDir, '../../secret')).toThrow();
    expect(() => resolveStoredPath(dataDir, '../../../secret', true)).toThrow();
  });
});
