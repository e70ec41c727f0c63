/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character set (digits and capital letters without I, O, S, V, Z):
 *   1     registration authority (1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 …)
 *   2     organisation category within that authority
 *   3–8   administrative division code
 *   9–17  organisation code (GB 11714)
 *   18    check character over the first 17
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authority codes assigned by GB 32100-2015 and its amendments. */
const AUTHORITIES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);

export type CreditCodeProblem = 'uscc.format' | 'uscc.authority' | 'uscc.check_character';

/** Upper-cases and strips spaces and hyphens people type between groups. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or undefined if they are malformed. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const value = CHARSET.indexOf(first17[index]!);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[index]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a (normalised) code is invalid, or undefined when it is valid. */
export function findCreditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'uscc.format';
  if (!AUTHORITIES.has(code[0]!)) return 'uscc.authority';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'uscc.check_character';
  return undefined;
}

export function isValidCreditCode(code: string): boolean {
  return findCreditCodeProblem(code) === undefined;
}
