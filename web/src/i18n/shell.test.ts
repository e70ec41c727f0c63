import { describe, expect, it } from 'vitest';
import { appRoutes, homeCards } from '../app/catalogue';
import * as registry from '../app/translations';
import type { TranslationTree } from './define';
import { languages } from './languages';
import { isShellKey, pickShellStrings, SHELL_NAMESPACE, shellKeyFor } from './shell';

describe('shell strings', () => {
  const areas = registry as unknown as Record<string, Record<string, TranslationTree>>;

  it('names shell keys in the shell namespace, and leaves common keys alone', () => {
    expect(shellKeyFor('hetao:nav.questions')).toBe(`${SHELL_NAMESPACE}:hetao.nav.questions`);
    expect(shellKeyFor('common:nav.home')).toBe('common:nav.home');
    expect(isShellKey('organisations:home.mineTitle')).toBe(true);
    expect(isShellKey('organisations:form.name')).toBe(false);
  });

  it.each(languages)(
    '%s: holds the menu, title and card strings of every area, no more',
    (language) => {
      const shell = pickShellStrings(
        Object.fromEntries(Object.entries(areas).map(([name, tree]) => [name, tree[language]!])),
      );
      expect(shell.common).toBeUndefined();
      expect(shell.hetao!.nav).toEqual(areas.hetao![language]!.nav);
      expect(Object.keys(shell.navigator!).sort()).toEqual(['home', 'nav', 'titles']);
    },
  );
});

// The frame translates these before any area's strings have loaded: each must be in the shell.
describe('keys the page frame shows', () => {
  const keys = [
    ...appRoutes.flatMap((route) => [route.titleKey, route.nav?.labelKey]),
    ...homeCards.flatMap((card) => [card.titleKey, card.descriptionKey]),
  ].filter((key) => key !== undefined);

  it.each(keys)('%s is a shell key', (key) => {
    expect(isShellKey(key)).toBe(true);
  });
});
