import { GiftOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineHomeCards } from '../../app/types';

/** "为您找到" on the founder's dashboard (issue #15 item 6). */
export default defineHomeCards([
  {
    key: 'found-for-you',
    titleKey: 'matchingFounder:home.foundTitle',
    descriptionKey: 'matchingFounder:home.foundText',
    to: '/found-for-you',
    icon: <GiftOutlined />,
    audience: audienceOf('applications.own'),
    order: 290,
  },
]);
