import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { NavLink, useNavigate } from '../../lib/router';
import { useMe } from '../../app/session/session-context';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  link: {
    display: 'inline-flex',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ...createFocusOutlineStyle(),
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1 },
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** True for champions and CoE admins: they run the review queue (the server checks again). */
export function useIsModerator(): boolean {
  const { roles } = useMe();
  return roles.includes('champion') || roles.includes('coe-admin');
}

/** The Stories section's own navigation (gallery, mine, review queue) and the "Share a story" button. */
export function StoriesNav() {
  const styles = useStyles();
  const { t } = useTranslation();
  const moderator = useIsModerator();
  const navigate = useNavigate();
  const links = [
    { to: '/stories', label: t('stories.nav.gallery'), end: true },
    { to: '/stories/mine', label: t('stories.nav.mine'), end: true },
    ...(moderator ? [{ to: '/stories/review', label: t('stories.nav.review'), end: true }] : []),
  ];
  return (
    <div className={styles.bar}>
      <nav aria-label={t('stories.nav.label')}>
        <ul className={styles.list}>
          {links.map((l) => (
            <li key={l.to}>
              <NavLink to={l.to} end={l.end} className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}>
                {l.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/stories/new')}>
        {t('stories.nav.share')}
      </Button>
    </div>
  );
}
