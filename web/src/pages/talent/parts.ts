import type { ApiSchema } from '../../api/openapi-client';

export type AchievementKind = ApiSchema<'TalentAchievementKind'>;
export const ACHIEVEMENT_KINDS: AchievementKind[] = ['open-source', 'application', 'competition'];

/** Lines of a text area as a list: trimmed, blank lines dropped. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
