import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeResponse, Role } from '../../lib/api-types';
import { useTranslation } from '../../lib/translation';
import { InitialsAvatar } from './initials-avatar';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    lineHeight: tokens.lineHeightBase200,
  },
  name: {
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '24ch',
  },
  role: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
  },
});

/** The most privileged role, for a one-word description under the name. */
function headlineRole(roles: readonly Role[]): Role {
  const order: readonly Role[] = ['coe-admin', 'expert', 'champion', 'maker'];
  return order.find((role) => roles.includes(role)) ?? 'maker';
}

/** Who is signed in: avatar, and at desktop width the name and main role. */
export function UserSummary({ me, compact }: { readonly me: MeResponse; readonly compact: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const name = me.user.displayName;
  if (compact) {
    return <InitialsAvatar name={name} size={28} label={t('shell.signedInAs', { name })} />;
  }
  return (
    <div className={styles.root}>
      <InitialsAvatar name={name} size={32} />
      <div className={styles.text}>
        <Text size={300} weight="semibold" className={styles.name}>
          {name}
        </Text>
        <Caption1 className={styles.role}>{t(`roles.${headlineRole(me.roles)}`)}</Caption1>
      </div>
    </div>
  );
}
