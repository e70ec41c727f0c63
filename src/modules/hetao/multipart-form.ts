import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { readMultipartForm, type MultipartForm } from '../../http/multipart-form';
import { InputValidationError } from '../../http/validation';

/**
 * Reads a multipart form with exactly one file and some text fields. Sizes are checked while
 * reading, so an oversized upload is cut off, not buffered whole.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number) {
  let form: MultipartForm;
  try {
    form = await readMultipartForm(request, { fileSize: maxBytes, files: 1 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('hetao.file_too_large', {
        detail: {
          'zh-Hans': `文件不能超过 ${maxBytes / 1024 / 1024} MB`,
          'zh-Hant': `檔案不能超過 ${maxBytes / 1024 / 1024} MB`,
          en: `A file may be at most ${maxBytes / 1024 / 1024} MB`,
        },
        extensions: { maxBytes },
      });
    throw error;
  }
  const [file] = form.files;
  if (!file || file.bytes.length === 0) throw new AppError('hetao.file_missing');
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
