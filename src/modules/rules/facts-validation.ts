// Validating what callers send against the fact vocabulary: Zod's messages in the caller's
// language, and a Zod error as our 400 with localised field errors.
import type { z } from 'zod';
import { en, zhCN, zhTW } from 'zod/locales';
import type { Facts, Language } from '../../engine';
import { AppError, type FieldError } from '../../errors/app-error';
import { fieldMessages } from '../../errors/field-messages';
import type { ServiceContext } from '../../shared/service-context';
import { getFactsSchema } from './catalogue';

const zodLocales = { 'zh-Hans': zhCN(), 'zh-Hant': zhTW(), en: en() } as const;

/** Parses with Zod's own messages in the language (our refinements keep their message keys). */
export function safeParseIn<T extends z.ZodType>(language: Language, schema: T, data: unknown) {
  return schema.safeParse(data, {
    error: (issue) => {
      const localised = zodLocales[language].localeError(issue as never);
      return typeof localised === 'string' ? localised : localised?.message;
    },
  });
}

/** Validates facts (and policy ids) against the vocabulary; a 400 with field paths if wrong. */
export function parseFacts(
  ctx: Pick<ServiceContext, 'language'>,
  facts: unknown,
  pointer = '/facts',
): Facts {
  const parsed = safeParseIn(ctx.language, getFactsSchema('en'), facts ?? {});
  if (parsed.success) return parsed.data as Facts;
  throw validationError(ctx.language, parsed.error, pointer);
}

/** A Zod error as our 400 with localised field errors under `pointer`. */
export function validationError(language: Language, error: z.ZodError, pointer: string): AppError {
  const fieldErrors: FieldError[] = error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => ({
      pointer: `${pointer}${path.map((segment) => `/${String(segment)}`).join('')}`,
      code: issue.code === 'custom' ? issue.message : issue.code,
      detail:
        fieldMessages[issue.message as keyof typeof fieldMessages]?.[language] ??
        (issue.code === 'unrecognized_keys'
          ? { 'zh-Hans': '不允许的字段', 'zh-Hant': '不允許的欄位', en: 'Unknown field' }[language]
          : issue.message),
    }));
  });
  return new AppError('request.validation_failed', { fieldErrors });
}
