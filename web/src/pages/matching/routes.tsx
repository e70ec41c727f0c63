import { CloudUploadOutlined, ProfileOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/** Policy finds the company (issue #15 item 6): the administrators' imports, runs and profiles. */
export default defineRoutes([
  {
    path: '/matching/imports',
    page: () => import('./ImportsPage'),
    audience: audienceOf('matching.manage'),
    titleKey: 'matching:titles.imports',
    nav: {
      key: 'matching-imports',
      labelKey: 'matching:nav.imports',
      icon: <CloudUploadOutlined />,
      order: 886,
    },
  },
  {
    path: '/matching/runs',
    page: () => import('./RunsPage'),
    audience: audienceOf('matching.manage'),
    titleKey: 'matching:titles.runs',
    nav: {
      key: 'matching-runs',
      labelKey: 'matching:nav.runs',
      icon: <ThunderboltOutlined />,
      order: 887,
    },
  },
  {
    path: '/matching/profiles',
    page: () => import('./ProfilesPage'),
    audience: audienceOf('matching.manage'),
    titleKey: 'matching:titles.profiles',
    nav: {
      key: 'matching-profiles',
      labelKey: 'matching:nav.profiles',
      icon: <ProfileOutlined />,
      order: 888,
    },
  },
  {
    path: '/matching/profiles/:id',
    page: () => import('./ProfilePage'),
    audience: audienceOf('matching.manage'),
    titleKey: 'matching:titles.profile',
  },
]);
