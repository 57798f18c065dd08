import { Badge } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import { useTranslation } from '../../lib/translation';

/**
 * Shown while the server runs with its development identity instead of Teams SSO, so nobody
 * mistakes a development instance for production.
 */
export function DevIdentityBadge({ compact }: { readonly compact: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      appearance="tint"
      color="warning"
      shape="rounded"
      icon={<WrenchRegular />}
      title={t('shell.devIdentity.title')}
    >
      {compact ? t('shell.devIdentity.compact') : t('shell.devIdentity.full')}
    </Badge>
  );
}
