/**
 * `Content-Disposition` for a file the platform hands back: always a download (`attachment`),
 * never shown in our origin. The name travels twice: as plain ASCII for old clients (anything
 * else, and the quote, backslash, semicolon and percent sign, as `_`) and in full as RFC 8187
 * UTF-8 (`filename*`), which every current browser prefers.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\;%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

/** Percent-encoding as RFC 8187's attr-char wants it (encodeURIComponent leaves ' ( ) * and !). */
function encodeRfc8187(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
