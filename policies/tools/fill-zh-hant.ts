/**
 * Authoring aid: fills in the zh-Hant text of every trilingual text in the given catalogue
 * files that has zh-Hans but no zh-Hant, converting with OpenCC (Simplified →
 * Traditional with Taiwan character forms, 戶 and 為 as the source report writes them). Comments and layout are kept. Review the
 * result: conversion is a first draft, not a translation.
 *
 *   npx tsx policies/tools/fill-zh-hant.ts policies/housing/allowance.yaml …
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

for (const file of process.argv.slice(2)) {
  const document = parseDocument(readFileSync(file, 'utf8'));
  let filled = 0;
  visit(document, {
    Map(_key, map) {
      if (!isMap(map) || !map.has('zh-Hans') || map.has('zh-Hant')) return;
      const simplified = map.get('zh-Hans', true);
      if (!isScalar(simplified) || typeof simplified.value !== 'string') return;
      const index = map.items.findIndex(
        (pair) => isScalar(pair.key) && pair.key.value === 'zh-Hans',
      );
      const pair = document.createPair('zh-Hant', toTraditional(simplified.value));
      map.items.splice(index + 1, 0, pair as (typeof map.items)[number]);
      filled += 1;
    },
  });
  writeFileSync(file, document.toString({ lineWidth: 0 }));
  console.log(`${file}: ${filled} text(s) filled`);
}
