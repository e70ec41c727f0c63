import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { multipartReadError } from './problem';

/** A multipart form as read: its text fields and its files, each whole in memory. */
export interface MultipartForm {
  fields: Record<string, string>;
  files: { fileName: string; bytes: Buffer }[];
}

/**
 * Reads a multipart form: the one way uploads are read. Sizes are checked while reading, so an
 * oversized file is cut off, not buffered whole (Fastify's FST_REQ_FILE_TOO_LARGE, passed on for
 * the caller to name); a request that is not multipart is refused, and whatever else the parser
 * throws on a malformed body is the client's fault (see multipartReadError). Which fields and
 * how many files the form must have is the caller's to check.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  limits: { fileSize: number; files?: number },
): Promise<MultipartForm> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  const form: MultipartForm = { fields: {}, files: [] };
  try {
    for await (const part of request.parts({ limits })) {
      if (part.type === 'file')
        form.files.push({ fileName: part.filename, bytes: await part.toBuffer() });
      else if (typeof part.value === 'string') form.fields[part.fieldname] = part.value;
    }
  } catch (error) {
    throw multipartReadError(error);
  }
  return form;
}
