import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './web-build';

describe('precompressing the built web app', () => {
  let directory = '';
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('writes .br and .gz beside text assets over 1 KB that decompress to the original, and leaves the rest alone', () => {
    directory = mkdtempSync(join(tmpdir(), 'opc-web-'));
    mkdirSync(join(directory, 'assets'));
    const script = `console.log(${JSON.stringify('深圳 OPC '.repeat(400))});\n`;
    writeFileSync(join(directory, 'assets', 'app.js'), script);
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(directory, 'assets', 'logo.png'), Buffer.alloc(4096, 7));

    const totals = precompress(directory);

    const js = join(directory, 'assets', 'app.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${js}.br`).length).toBeLessThan(Buffer.byteLength(script) / 4);
    // Too small to gain, and already-compressed image formats, are served as they are.
    expect(existsSync(join(directory, 'index.html.br'))).toBe(false);
    expect(existsSync(join(directory, 'assets', 'logo.png.br'))).toBe(false);
    expect(totals).toMatchObject({ files: 1, bytes: Buffer.byteLength(script) });
  });
});
