import { FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ButtonLink';
import { useSession } from '../../session/session-context';

/**
 * On a lookup answer's candidate that the list covers: "record a declaration with this item",
 * opening the declaration form with the list item, HS code and description filled in (for
 * signed-in founders, who declare for their organisations).
 */
export function DeclareFromLookup({
  listItemId,
  hsCode,
  description,
}: {
  listItemId: string;
  hsCode: string;
  description: string;
}) {
  const { t } = useTranslation('hetaoLedger');
  const session = useSession();
  if (!session.hasRole('founder')) return null;
  const query = new URLSearchParams({ listItemId, hsCode, description });
  return (
    <ButtonLink
      size="small"
      icon={<FileAddOutlined />}
      to={`/hetao/declarations/new?${query}`}
      data-testid="declare-from-lookup"
    >
      {t('lookup.declare')}
    </ButtonLink>
  );
}
