/**
 * The type of an uploaded file, from its first bytes (magic numbers), never from its name or the
 * client's Content-Type. Each caller says which types it accepts; anything else is undefined.
 */

export type SniffableMediaType =
  'application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export interface FileType<MediaType extends SniffableMediaType = SniffableMediaType> {
  mediaType: MediaType;
  extension: 'pdf' | 'png' | 'jpg' | 'gif' | 'webp';
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0) {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Every type this sniffer knows, with the test that recognises it. */
const KNOWN_TYPES: readonly (FileType & { matches: (bytes: Uint8Array) => boolean })[] = [
  {
    mediaType: 'application/pdf',
    extension: 'pdf',
    matches: (bytes) => startsWith(bytes, ascii('%PDF-')),
  },
  {
    mediaType: 'image/png',
    extension: 'png',
    matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mediaType: 'image/jpeg',
    extension: 'jpg',
    matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  },
  {
    mediaType: 'image/gif',
    extension: 'gif',
    matches: (bytes) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')),
  },
  {
    mediaType: 'image/webp',
    extension: 'webp',
    matches: (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8),
  },
];

/** Identifies the file by its magic bytes; undefined unless it is one of the `allowed` types. */
export function sniffFileType<MediaType extends SniffableMediaType>(
  bytes: Uint8Array,
  allowed: readonly MediaType[],
): FileType<MediaType> | undefined {
  const known = KNOWN_TYPES.find((type) => type.matches(bytes));
  if (!known || !(allowed as readonly SniffableMediaType[]).includes(known.mediaType))
    return undefined;
  return { mediaType: known.mediaType as MediaType, extension: known.extension };
}
