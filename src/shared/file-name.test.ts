import { describe, expect, it } from 'vitest';
import { cleanFileName, nameForUpload } from './file-name';

describe('cleanFileName', () => {
  it('keeps the name, drops directories, control and bidi characters, leading dots', () => {
    expect(cleanFileName('../../etc/passwd', 'datasheet')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\a\\基质胶说明书.pdf', 'datasheet')).toBe('基质胶说明书.pdf');
    expect(cleanFileName('evil\u202Efdp.exe', 'datasheet')).toBe('evilfdp.exe');
    expect(cleanFileName('.htaccess', 'datasheet')).toBe('htaccess');
    expect(cleanFileName('', 'datasheet')).toBe('datasheet');
    expect(cleanFileName(undefined, 'evidence')).toBe('evidence');
    expect(cleanFileName('a'.repeat(300), 'datasheet')).toHaveLength(120);
  });
});

describe('nameForUpload', () => {
  it('cleans the name and gives it the extension of the sniffed type', () => {
    expect(nameForUpload('x.html', 'pdf', 'evidence')).toBe('x.pdf');
    expect(nameForUpload('学位证.JPEG', 'jpg', 'evidence')).toBe('学位证.JPEG');
    expect(nameForUpload('.html', 'pdf', 'evidence')).toBe('evidence.pdf');
    expect(nameForUpload('..pdf', 'pdf', 'evidence')).toBe('evidence.pdf');
    expect(nameForUpload('', 'gif', 'datasheet')).toBe('datasheet.gif');
    expect(nameForUpload('../../etc/passwd', 'png', 'datasheet')).toBe('passwd.png');
    expect(nameForUpload('evil\u202Efdp.exe', 'pdf', 'datasheet')).toBe('evilfdp.pdf');
    expect(nameForUpload('.hidden.pdf', 'pdf', 'datasheet')).toBe('hidden.pdf');
  });

  it('shortens a long name before its extension', () => {
    const name = nameForUpload(`${'a'.repeat(300)}.html`, 'pdf', 'evidence');
    expect(name).toHaveLength(120);
    expect(name.endsWith('a.pdf')).toBe(true);
  });
});
