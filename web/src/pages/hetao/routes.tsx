import {
  AuditOutlined,
  BookOutlined,
  HistoryOutlined,
  MessageOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

/**
 * The Hetao desk: importer portal (questions, suggestions, advance rulings), customs console
 * (answer queue, list versions, rulings) and the public changelog and precedents. Audiences
 * mirror src/shared/permissions.ts (hetao.ask, hetao.answer, hetao.list-manage, hetao.public-read).
 */
export default defineRoutes([
  {
    path: '/hetao/questions',
    page: () => import('./MyQuestionsPage'),
    audience: 'authenticated',
    titleKey: 'hetao:titles.questions',
    nav: {
      key: 'hetao-questions',
      labelKey: 'hetao:nav.questions',
      icon: <MessageOutlined />,
      order: 520,
    },
  },
  {
    path: '/hetao/questions/new',
    page: () => import('./AskQuestionPage'),
    audience: 'authenticated',
    titleKey: 'hetao:titles.ask',
  },
  {
    path: '/hetao/questions/:id',
    page: () => import('./QuestionPage'),
    audience: 'authenticated',
    titleKey: 'hetao:titles.question',
  },
  {
    path: '/hetao/suggestions',
    page: () => import('./SuggestionsPage'),
    audience: 'authenticated',
    titleKey: 'hetao:titles.suggestions',
  },
  {
    path: '/hetao/rulings',
    page: () => import('./RulingsPage'),
    audience: 'authenticated',
    titleKey: 'hetao:titles.rulings',
  },
  {
    path: '/hetao/console',
    page: () => import('./ConsolePage'),
    audience: audienceOf('hetao.answer'),
    titleKey: 'hetao:titles.console',
    nav: {
      key: 'hetao-console',
      labelKey: 'hetao:nav.console',
      icon: <AuditOutlined />,
      order: 530,
    },
  },
  {
    path: '/hetao/console/rulings',
    page: () => import('./ConsoleRulingsPage'),
    audience: audienceOf('hetao.answer'),
    titleKey: 'hetao:titles.rulings',
  },
  {
    path: '/hetao/console/lists',
    page: () => import('./ListVersionsPage'),
    audience: audienceOf('hetao.list-manage'),
    titleKey: 'hetao:titles.lists',
    nav: {
      key: 'hetao-lists',
      labelKey: 'hetao:nav.lists',
      icon: <UnorderedListOutlined />,
      order: 540,
    },
  },
  {
    path: '/hetao/lists/:id',
    page: () => import('./ListVersionPage'),
    audience: 'anyone',
    titleKey: 'hetao:titles.listVersion',
  },
  {
    path: '/hetao/precedents',
    page: () => import('./PrecedentsPage'),
    audience: 'anyone',
    titleKey: 'hetao:titles.precedents',
    nav: {
      key: 'hetao-precedents',
      labelKey: 'hetao:nav.precedents',
      icon: <BookOutlined />,
      order: 550,
    },
  },
  {
    path: '/hetao/precedents/:id',
    page: () => import('./PrecedentPage'),
    audience: 'anyone',
    titleKey: 'hetao:titles.precedents',
  },
  {
    path: '/hetao/changelog',
    page: () => import('./ChangelogPage'),
    audience: 'anyone',
    titleKey: 'hetao:titles.changelog',
    nav: {
      key: 'hetao-changelog',
      labelKey: 'hetao:nav.changelog',
      icon: <HistoryOutlined />,
      order: 560,
    },
  },
]);
