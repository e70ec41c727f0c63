import { AuditOutlined, MessageOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'hetao-questions',
    titleKey: 'hetao:home.importerTitle',
    descriptionKey: 'hetao:home.importerText',
    to: '/hetao/questions',
    icon: <MessageOutlined />,
    audience: 'authenticated',
    order: 520,
  },
  {
    key: 'hetao-console',
    titleKey: 'hetao:home.consoleTitle',
    descriptionKey: 'hetao:home.consoleText',
    to: '/hetao/console',
    icon: <AuditOutlined />,
    audience: audienceOf('hetao.answer'),
    order: 530,
  },
]);
