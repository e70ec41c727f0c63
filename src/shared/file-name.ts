/**
 * Names for uploaded files. The type of an upload is sniffed from its bytes, never taken from
 * its name; the name follows the type, so a PDF-prefixed HTML page sent as `x.html` is kept and
 * downloaded as `x.pdf`, and nothing a client names `.html` or `.svg` ever leaves as one.
 */

/** Extensions each sniffed type may already carry (otherwise it gets its own). */
const EXTENSION_ALIASES: Record<string, readonly string[]> = { jpg: ['jpg', 'jpeg'] };

const EXTENSION_BY_MEDIA_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/**
 * The file name with the extension of its sniffed type: the client's last extension replaced
 * (`x.html` → `x.pdf`), kept when it already says the type (`scan.JPEG`), and `fallback` as the
 * base when nothing else is left (`.html` → `evidence.pdf`).
 */
export function nameForType(name: string, extension: string, fallback: string): string {
  const dot = name.lastIndexOf('.');
  const base = (dot >= 0 ? name.slice(0, dot) : name).trim();
  const current = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (base && (EXTENSION_ALIASES[extension] ?? [extension]).includes(current)) return name;
  return `${base || fallback}.${extension}`;
}

/** {@link nameForType} for a stored media type (rows written before names followed types). */
export function nameForMediaType(name: string, mediaType: string, fallback: string): string {
  const extension = EXTENSION_BY_MEDIA_TYPE[mediaType];
  return extension ? nameForType(name, extension, fallback) : name;
}

/**
 * A client's file name made safe to store and show: no directories, no control or bidi-override
 * characters, no leading dots, at most 120 characters, `fallback` when nothing is left.
 */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}
