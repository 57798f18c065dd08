import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RequestStatus } from './requests-types';

const COLOR: Record<RequestStatus, BadgeProps['color']> = {
  submitted: 'informative',
  'pending-approval': 'warning',
  approved: 'success',
  rejected: 'danger',
  provisioning: 'brand',
  provisioned: 'success',
  failed: 'danger',
  cancelled: 'subtle',
  expiring: 'warning',
  expired: 'severe',
  extended: 'success',
};

/** The request's state in words on a coloured badge (the words carry the meaning, not the colour). */
export function StatusBadge({ status, label }: { readonly status: RequestStatus; readonly label: string }) {
  return (
    <Badge appearance="tint" color={COLOR[status]} shape="rounded">
      {label}
    </Badge>
  );
}
