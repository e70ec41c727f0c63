import { AuditOutlined, ContainerOutlined, FileAddOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/**
 * Hetao first-line declarations and the electronic ledger (issue #16 items 2–6). Audiences mirror
 * src/shared/permissions.ts: hetao.ledger (any signed-in member; the server checks membership and
 * the white list — the menu shows it to founders), hetao.ledger-customs (customs' console).
 */
export default defineRoutes([
  {
    path: '/hetao/declarations',
    page: () => import('./DeclarationsPage'),
    // NOTE: any signed-in member may open it (the server decides); the menu shows it to founders.
    audience: ['founder'],
    titleKey: 'hetaoLedger:titles.declarations',
    nav: {
      key: 'hetao-declarations',
      labelKey: 'hetaoLedger:nav.declarations',
      icon: <FileAddOutlined />,
      order: 526,
    },
  },
  {
    path: '/hetao/declarations/new',
    page: () => import('./DeclarationFormPage'),
    audience: ['founder'],
    titleKey: 'hetaoLedger:titles.newDeclaration',
  },
  {
    path: '/hetao/declarations/:id',
    page: () => import('./DeclarationPage'),
    audience: audienceOf('hetao.ledger'),
    titleKey: 'hetaoLedger:titles.declaration',
  },
  {
    path: '/hetao/ledger',
    page: () => import('./LedgerPage'),
    audience: ['founder'],
    titleKey: 'hetaoLedger:titles.ledger',
    nav: {
      key: 'hetao-ledger',
      labelKey: 'hetaoLedger:nav.ledger',
      icon: <ContainerOutlined />,
      order: 527,
    },
  },
  {
    path: '/hetao/customs/ledger',
    page: () => import('./CustomsLedgerPage'),
    audience: audienceOf('hetao.ledger-customs'),
    titleKey: 'hetaoLedger:titles.customs',
    nav: {
      key: 'hetao-ledger-customs',
      labelKey: 'hetaoLedger:nav.customs',
      icon: <AuditOutlined />,
      order: 532,
    },
  },
]);
