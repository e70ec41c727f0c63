import type { TranslationTree } from './define';

/**
 * The parts of an area's translations that the page frame shows before any of the area's pages
 * has loaded: side-menu labels (`nav`), browser-tab titles (`titles`) and dashboard cards
 * (`home`). They travel with `common` in the `shell` namespace, as `shell:<area>.<key>`, so the
 * menu of every area costs a few hundred bytes instead of every area's translations.
 */
export const SHELL_SUBTREES = ['nav', 'titles', 'home'] as const;

/** The namespace that holds the shell strings of every area. */
export const SHELL_NAMESPACE = 'shell';

/** Whether the frame can translate `namespace:path` from the shell strings (or common). */
export function isShellKey(key: string): boolean {
  const [namespace, path = ''] = key.split(':', 2);
  const subtree = path.split('.', 1)[0];
  return namespace === 'common' || (SHELL_SUBTREES as readonly string[]).includes(subtree ?? '');
}

/** `hetao:nav.questions` → `shell:hetao.nav.questions`; common keys stay as they are. */
export function shellKeyFor(key: string): string {
  const [namespace, path = ''] = key.split(':', 2);
  return namespace === 'common' ? key : `${SHELL_NAMESPACE}:${namespace}.${path}`;
}

/** One language's shell strings of every area: `{ hetao: { nav, titles, home }, … }`. */
export function pickShellStrings(
  areas: Record<string, TranslationTree>,
): Record<string, TranslationTree> {
  const shell: Record<string, TranslationTree> = {};
  for (const [namespace, tree] of Object.entries(areas)) {
    if (namespace === 'common') continue;
    const picked = Object.fromEntries(
      SHELL_SUBTREES.filter((subtree) => tree[subtree] !== undefined).map((subtree) => [
        subtree,
        tree[subtree]!,
      ]),
    );
    if (Object.keys(picked).length > 0) shell[namespace] = picked;
  }
  return shell;
}
