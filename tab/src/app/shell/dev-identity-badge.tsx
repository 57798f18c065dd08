import { Badge } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';

/**
 * Shown while the server runs with its development identity instead of Teams SSO, so nobody
 * mistakes a development instance for production.
 */
export function DevIdentityBadge({ compact }: { readonly compact: boolean }) {
  return (
    <Badge
      appearance="tint"
      color="warning"
      shape="rounded"
      icon={<WrenchRegular />}
      title="The server runs with a development identity: sign-in is simulated."
    >
      {compact ? 'Dev identity' : 'Development identity'}
    </Badge>
  );
}
