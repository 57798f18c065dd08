import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: tokens.spacingVerticalS,
    // Above the sticky header (z-index 1), which would otherwise hide it.
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    boxShadow: tokens.shadow16,
    fontWeight: tokens.fontWeightSemibold,
    // Off-screen until focused: the first Tab stop lets keyboard users jump past the navigation.
    transform: 'translateY(-200%)',
    ':focus': {
      transform: 'none',
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/** "Skip to content" for keyboard and screen reader users. */
export function SkipLink({ targetId }: { readonly targetId: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <a className={styles.link} href={`#${targetId}`}>
      {t('shell.skipToContent')}
    </a>
  );
}
