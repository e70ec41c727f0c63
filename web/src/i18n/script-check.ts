import * as OpenCC from 'opencc-js';

/**
 * Which characters of a text are in the wrong Chinese script — used by the translation tests and
 * by the browser journey that reads every page's rendered text in zh-Hant. Runs in Node only
 * (OpenCC's dictionaries are large; the app itself never loads this file).
 *
 * A character counts as Simplified only when both the Taiwan and the Hong Kong standard would
 * change it, alone and in its phrase: so phrase-level preferences on which Traditional standards
 * differ (了解/瞭解, 平台/平臺, 帳戶/帳户) pass, and 批准 is not mistaken for 批準.
 */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function changedAt(text: string, converted: string): (index: number) => boolean {
  const a = [...text];
  const b = [...converted];
  return a.length === b.length ? (index) => a[index] !== b[index] : () => true;
}

/** The characters of `text` that only Simplified Chinese writes ('' when none). */
export function simplifiedOnly(text: string): string {
  const inTaiwanPhrase = changedAt(text, toTaiwan(text));
  const inHongKongPhrase = changedAt(text, toHongKong(text));
  return [...text]
    .filter(
      (char, index) =>
        toTaiwan(char) !== char &&
        toHongKong(char) !== char &&
        inTaiwanPhrase(index) &&
        inHongKongPhrase(index),
    )
    .join('');
}

/** The characters of `text` that only Traditional Chinese writes ('' when none). */
export function traditionalOnly(text: string): string {
  const inPhrase = changedAt(text, toSimplified(text));
  return [...text].filter((char, index) => toSimplified(char) !== char && inPhrase(index)).join('');
}
