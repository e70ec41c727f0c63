import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type ErrorCode } from '../errors/app-error';
import { fieldMessages } from '../errors/field-messages';
import { multipartReadError, requestLanguage } from './problem';
import { InputValidationError } from './validation';

/** A multipart form as read: its text fields and its files, each whole in memory. */
export interface MultipartForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

export interface UploadedFile {
  /** As the client named it: clean it (src/shared/file-name.ts) before keeping it. */
  fileName: string;
  bytes: Buffer;
}

/**
 * Reads a multipart form. Sizes are checked while reading, so an oversized file is cut off, not
 * buffered whole (Fastify's FST_REQ_FILE_TOO_LARGE, passed on for the caller to name); a request
 * that is not multipart is refused, and whatever else the parser throws on a malformed body is
 * the client's fault (see multipartReadError). Which fields and how many files the form must have
 * is the caller's to check; {@link readFileUpload} does it for the usual upload.
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

/**
 * Reads an upload: exactly one non-empty file (any field name) and some text fields, the file cut
 * off as soon as it passes `maxBytes`. The one way every upload is read (application evidence,
 * Hetao datasheets and list files). Each module names its own refusals:
 *  - `tooLarge` (a 413) for a file over `maxBytes`, its detail saying the limit;
 *  - `missing` (a 400) for a form without a file, or with an empty one (what a browser sends
 *    when no file was chosen), with a field error on `/body/file`.
 * A second file is a 400 `request.validation_failed`. Check the text fields with
 * {@link parseFields}.
 */
export async function readFileUpload(
  request: FastifyRequest,
  options: { maxBytes: number; tooLarge: ErrorCode; missing: ErrorCode },
): Promise<{ fields: Record<string, string>; file: UploadedFile }> {
  const { maxBytes } = options;
  let form: MultipartForm;
  try {
    form = await readMultipartForm(request, { fileSize: maxBytes, files: 1 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      const megabytes = maxBytes / 1024 / 1024;
      throw new AppError(options.tooLarge, {
        detail: {
          'zh-Hans': `文件不能超过 ${megabytes} MB`,
          'zh-Hant': `檔案不能超過 ${megabytes} MB`,
          en: `A file may be at most ${megabytes} MB`,
        },
        extensions: { maxBytes },
        cause: error,
      });
    }
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('request.validation_failed', {
        fieldErrors: [
          {
            pointer: '/body/file',
            code: 'file.one_only',
            detail: {
              'zh-Hans': '只能上传一个文件',
              'zh-Hant': '只能上傳一個檔案',
              en: 'Send exactly one file',
            }[requestLanguage(request)],
          },
        ],
        cause: error,
      });
    throw error;
  }
  const [file] = form.files;
  if (!file || file.bytes.length === 0)
    throw new AppError(options.missing, {
      fieldErrors: [
        {
          pointer: '/body/file',
          code: 'text.required',
          detail: fieldMessages['text.required'][requestLanguage(request)],
        },
      ],
    });
  return { fields: form.fields, file };
}

/** Validates multipart text fields with a Zod schema, reporting like any body. */
export function parseFields<T extends z.ZodType>(
  schema: T,
  fields: Record<string, string>,
): z.output<T> {
  const result = schema.safeParse(fields, { reportInput: true });
  if (result.success) return result.data;
  const error = new InputValidationError(result.error.issues as never);
  error.validationContext = 'body';
  throw error;
}
