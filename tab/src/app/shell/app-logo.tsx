import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { AppsRegular } from '@fluentui/react-icons';
import { Link } from '../../lib/router';
import { createFocusOutlineStyle } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ...createFocusOutlineStyle(),
  },
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: '18px',
  },
  name: {
    whiteSpace: 'nowrap',
  },
});

/** The app's name and mark; links to Home. */
export function AppLogo() {
  const styles = useStyles();
  return (
    <Link to="/" className={styles.root}>
      <span className={styles.mark} aria-hidden="true">
        <AppsRegular />
      </span>
      <Subtitle2 className={styles.name}>Maker Hub</Subtitle2>
    </Link>
  );
}
