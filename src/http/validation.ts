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
 * through, so it allocates little; {@link nulCharacterIssues} names the places when it does.
 * NOTE: iterative, like every walk over what a client sent — a recursive one overflows the
 * stack on input nested deeply enough (JSON bodies are also refused past
 * {@link MAX_JSON_DEPTH} before they get here).
 */
function holdsNulCharacter(data: unknown): boolean {
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) pending.push(value[index]);
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (key.includes('\u0000')) return true;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** An issue for every string (value or key) in the input that holds U+0000. */
function nulCharacterIssues(data: unknown): $ZodIssue[] {
  const issues: $ZodIssue[] = [];
  const pending: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        issues.push({ code: 'custom', message: 'text.nul_character', path, input: undefined });
    } else if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value)
        ? value.map((item, index) => [index, item] as const)
        : Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, member] = entries[index]!;
        if (typeof key === 'string' && key.includes('\u0000'))
          issues.push({ code: 'custom', message: 'text.nul_character', path, input: undefined });
        else pending.push({ value: member, path: [...path, key] });
      }
    }
  }
  return issues;
}

/** How deeply a JSON body may nest objects and arrays: far beyond any form, far below a stack. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, read from the raw text in one
 * pass without parsing it: brackets inside strings do not count. Text that is not JSON is left
 * for the parser to refuse.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* backslash */) index += 1;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return false;
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
