import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import { TintBadge } from '../../components/badge';
import { useTranslation } from '../../lib/translation';

/** Fluent's tint warning colours and its medium badge's icon, on the shell's own badge. */
const useStyles = makeStyles({
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  icon: {
    display: 'flex',
    lineHeight: '1',
    margin: `0 calc(-1 * ${tokens.spacingHorizontalXXS})`,
    marginRight: `calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: '12px',
  },
});

/**
 * Shown while the server runs with its development identity instead of Teams SSO, so nobody
 * mistakes a development instance for production.
 */
export function DevIdentityBadge({ compact }: { readonly compact: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <TintBadge className={styles.warning} title={t('shell.devIdentity.title')}>
      <span className={styles.icon}>
        <WrenchRegular />
      </span>
      {compact ? t('shell.devIdentity.compact') : t('shell.devIdentity.full')}
    </TintBadge>
  );
}
