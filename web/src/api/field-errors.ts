import type { FormInstance } from 'antd';
import { ApiError, type FieldProblem } from './problem';

/** `/body/a/0/b` → `['a', 0, 'b']` (JSON Pointer, RFC 6901), minus the given prefix. */
export function pointerToNamePath(pointer: string, prefix = '/body'): (string | number)[] | null {
  if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) return null;
  const rest = pointer.slice(prefix.length);
  if (rest === '') return [];
  return rest
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token));
}

/**
 * Shows the server's field errors on an Ant Design form: `/body/email` goes to the `email`
 * field, `/body/address/city` to `['address', 'city']`. Returns the problems that match no field
 * of the form (show them in an Alert), or all of them when the error is not an ApiError.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  options: { prefix?: string } = {},
): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldProblem[] = [];
  for (const problem of error.errors) {
    const name = pointerToNamePath(problem.pointer, options.prefix);
    const key = name && name.length > 0 ? JSON.stringify(name) : undefined;
    if (!name || !key || !known.has(key)) {
      unmatched.push(problem);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(problem.detail);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}
