import { z } from 'zod';

/**
 * Characters a name or address never needs and that make what is shown differ from what is
 * stored (issue #11 item 9): the bidirectional controls that reorder text ("Tencent‮gnp.exe"
 * shows as "Tencentexe.png"), invisible format characters that split or hide text, and control
 * characters. NOTE: ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D) stay allowed:
 * Persian and Indic names and emoji sequences need them, and they reorder nothing.
 */
const INVISIBLE_CHARACTERS = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]', // controls, but TAB, LF, CR
    '\\u00AD', // SOFT HYPHEN
    '\\u061C', // ARABIC LETTER MARK
    '[\\u115F\\u1160\\u3164\\uFFA0]', // Hangul fillers: blank "letters"
    '\\u180E', // MONGOLIAN VOWEL SEPARATOR
    '[\\u200B\\u200E\\u200F]', // ZERO WIDTH SPACE, LEFT-TO-RIGHT / RIGHT-TO-LEFT MARK
    '[\\u202A-\\u202E]', // LRE, RLE, PDF, LRO, RLO
    '[\\u2060-\\u2064]', // WORD JOINER, invisible operators
    '[\\u2066-\\u206F]', // LRI, RLI, FSI, PDI, deprecated format characters
    '\\uFEFF', // ZERO WIDTH NO-BREAK SPACE (byte order mark)
    '[\\uFFF9-\\uFFFB]', // interlinear annotation
    '[\\u{E0000}-\\u{E007F}]', // tag characters (hidden ASCII)
  ].join('|'),
  'u',
);

/** The first character a display text must not hold, or undefined when it holds none. */
export function findInvisibleCharacter(text: string): string | undefined {
  return INVISIBLE_CHARACTERS.exec(text)?.[0];
}

/**
 * A Zod string for text people see as written — names, addresses: refuses the characters above
 * with the field error `text.invisible_character` (src/errors/field-messages.ts).
 */
export function visibleText(schema: z.ZodString = z.string()) {
  return schema.refine((text) => findInvisibleCharacter(text) === undefined, {
    message: 'text.invisible_character',
  });
}
