import { BulbOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

/** "Found for you" (issue #15 item 6): reached from the home card and the push messages. */
export default defineRoutes([
  {
    path: '/found-for-you',
    page: () => import('./FoundForYouPage'),
    // NOTE: the API answers any signed-in person (it filters by membership); the page and its
    // menu entry are the founders', whose companies matching finds benefits for.
    audience: ['founder'],
    titleKey: 'matchingFounder:titles.found',
    nav: {
      key: 'found-for-you',
      labelKey: 'matchingFounder:nav.found',
      icon: <BulbOutlined />,
      order: 295,
    },
  },
]);
