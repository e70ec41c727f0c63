import { ACCESSIBILITY_PATH } from '../../app/paths';
import { defineRoutes } from '../../app/types';

/** About the platform: the accessibility statement, public (linked from every page's footer). */
export default defineRoutes([
  {
    path: ACCESSIBILITY_PATH,
    page: () => import('./AccessibilityStatementPage'),
    audience: 'anyone',
    titleKey: 'about:titles.statement',
  },
]);
