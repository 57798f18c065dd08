import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useNavigate } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { formatDateTime } from '../../lib/format-date';
import type { InboxItem } from './api';
import { wordInboxItem } from './wording';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    font: 'inherit',
    textDecoration: 'none',
    boxSizing: 'border-box',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  dot: { flexShrink: 0, width: '8px', height: '8px', marginTop: '6px', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorBrandForeground1 },
  read: { backgroundColor: 'transparent' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  unreadTitle: { fontWeight: tokens.fontWeightSemibold },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The inbox's items: each opens its page (and is marked read); unread ones carry a dot and say so. */
export function InboxList({ items, onOpen }: { readonly items: readonly InboxItem[]; readonly onOpen: (item: InboxItem) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ul className={styles.list} aria-label={t('inbox.items')}>
      {items.map((item) => {
        const words = wordInboxItem(t, item);
        return (
          <li key={item.id}>
            <a
              href={item.link}
              className={styles.item}
              onClick={(e) => {
                e.preventDefault();
                onOpen(item);
                navigate(item.link);
              }}
            >
              <span className={mergeClasses(styles.dot, item.readAt !== null && styles.read)} aria-hidden="true" />
              <span className={styles.text}>
                <Body1 className={item.readAt === null ? styles.unreadTitle : undefined}>
                  {item.readAt === null && <span className={styles.hidden}>{t('inbox.unreadPrefix')}</span>}
                  {words.title}
                </Body1>
                {words.body !== null && <Caption1 className={styles.muted}>{words.body}</Caption1>}
                <Caption1 className={styles.muted}>{formatDateTime(item.createdAt)}</Caption1>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
