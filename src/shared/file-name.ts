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

/** The longest file name kept, in characters. */
const MAX_NAME_LENGTH = 120;

/** The last path segment of a client's name, without control or bidi-override characters. */
function baseNameOf(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
}

/**
 * A client's file name made safe to store and show: no directories, no control or bidi-override
 * characters, no leading dots, at most 120 characters, `fallback` when nothing is left.
 */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const cleaned = baseNameOf(name).replace(/^\.+/, '').trim().slice(0, MAX_NAME_LENGTH);
  return cleaned || fallback;
}

/**
 * The name an uploaded file is stored and downloaded under: the client's name cleaned as
 * {@link cleanFileName} does, with the extension of the type sniffed from its bytes (see
 * {@link nameForType}). A name that is only an extension (`.html`) is no name: `fallback.pdf`.
 * Shortened before the extension, so a long name keeps its type.
 */
export function nameForUpload(name: string | undefined, extension: string, fallback: string) {
  const typed = nameForType(baseNameOf(name), extension, fallback);
  const dot = typed.lastIndexOf('.');
  const suffix = typed.slice(dot);
  const base = typed
    .slice(0, dot)
    .replace(/^\.+/, '')
    .trim()
    .slice(0, MAX_NAME_LENGTH - suffix.length);
  return `${base || fallback}${suffix}`;
}
