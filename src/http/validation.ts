import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { en, zhCN, zhTW } from 'zod/locales';
import type { FieldError } from '../errors/app-error';
import { fieldMessages } from '../errors/field-messages';
import type { Language } from '../shared/language';

/** An input-validation failure carrying Zod's issues, localised later for the requester. */
export class InputValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: $ZodIssue[]) {
    super('input validation failed');
    this.name = 'InputValidationError';
  }
}

/**
 * Fastify validator compiler for Zod schemas. Unlike the provider's default it keeps the raw
 * issues (with the offending input, which is never echoed to the client) so the error handler
 * can write each message in the requester's language.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    // PostgreSQL cannot store U+0000 in text: refused here, with its path, rather than failing
    // in the database as a 500.
    if (holdsNulCharacter(data))
      return { error: new InputValidationError(nulCharacterIssues(data)) };
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new InputValidationError(result.error.issues) };
  };

/**
 * Whether any string (value or key) in the input holds U+0000: the check every body goes
 * through, so it allocates nothing; {@link nulCharacterIssues} names the places when it does.
 */
function holdsNulCharacter(data: unknown): boolean {
  if (typeof data === 'string') return data.includes('\u0000');
  if (data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) {
    for (let index = 0; index < data.length; index += 1)
      if (holdsNulCharacter(data[index])) return true;
    return false;
  }
  for (const key in data) {
    if (!Object.hasOwn(data, key)) continue;
    if (key.includes('\u0000') || holdsNulCharacter((data as Record<string, unknown>)[key]))
      return true;
  }
  return false;
}

/** An issue for every string (value or key) in the input that holds U+0000. */
function nulCharacterIssues(data: unknown, path: PropertyKey[] = []): $ZodIssue[] {
  if (typeof data === 'string')
    return data.includes('\u0000')
      ? [{ code: 'custom', message: 'text.nul_character', path, input: undefined }]
      : [];
  if (Array.isArray(data))
    return data.flatMap((item, index) => nulCharacterIssues(item, [...path, index]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) =>
      key.includes('\u0000')
        ? [{ code: 'custom' as const, message: 'text.nul_character', path, input: undefined }]
        : nulCharacterIssues(value, [...path, key]),
    );
  return [];
}

const zodLocales = { 'zh-Hans': zhCN(), 'zh-Hant': zhTW(), en: en() } as const;

/** Turns Zod issues into problem+json field errors with JSON Pointers and localised text. */
export function toFieldErrors(
  issues: readonly $ZodIssue[],
  context: string | undefined,
  language: Language,
): FieldError[] {
  const root = context === 'querystring' ? 'query' : (context ?? 'body');
  return issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => ({
      pointer: `/${[root, ...path.map(String)].map(escapePointer).join('/')}`,
      code: issue.code === 'custom' ? issue.message : issue.code,
      detail: localiseIssue(issue, language),
    }));
  });
}

function localiseIssue(issue: $ZodIssue, language: Language): string {
  const known = fieldMessages[issue.message as keyof typeof fieldMessages];
  if (known) return known[language];
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'unrecognized_keys') {
    return { 'zh-Hans': '不允许的字段', 'zh-Hant': '不允許的欄位', en: 'Unknown field' }[language];
  }
  const localised = zodLocales[language].localeError(issue as never);
  const text = typeof localised === 'string' ? localised : localised?.message;
  return text ?? issue.message;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
