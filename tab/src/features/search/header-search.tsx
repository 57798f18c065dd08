import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useNavigate } from '../../lib/router';
import { useTranslation } from '../../lib/translation';

// Fluent's SearchBox (outline, medium) drawn on a native search field: the header is on every
// first load, and SearchBox with Input and Label would add about 5 KB to it (docs/tab-speed.md).
const useStyles = makeStyles({
  form: { display: 'flex', flexShrink: 1, minWidth: 0, width: '320px', maxWidth: '40vw' },
  field: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    width: '100%',
    boxSizing: 'border-box',
    minHeight: '32px',
    gap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: tokens.spacingHorizontalMNudge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground3,
    ':hover': { borderTopColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    // The brand underline Fluent's inputs draw when focused.
    ':focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}`, outline: 'none' },
    '@media (forced-colors: active)': { ':focus-within': { borderBottomColor: 'Highlight' } },
  },
  icon: { display: 'flex', fontSize: '20px', flexShrink: 0 },
  input: {
    flexGrow: 1,
    minWidth: 0,
    height: '30px',
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    border: 'none',
    outline: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
});

export const searchPagePath = (query: string) => (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search');

/**
 * The header's search: a box at desktop width (Enter opens the results), a button at phone width
 * (the results page has its own box). One search over FAQ, articles, training, events and stories.
 */
export function HeaderSearch({ compact }: { readonly compact: boolean }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [text, setText] = useState('');
  if (compact) return <Button appearance="subtle" icon={<SearchRegular />} aria-label={t('search.label')} onClick={() => navigate('/search')} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(searchPagePath(text.trim().slice(0, 200)));
  };
  return (
    <form role="search" aria-label={t('common.appName')} className={styles.form} onSubmit={submit}>
      <span className={styles.field}>
        <span className={styles.icon} aria-hidden="true">
          <SearchRegular />
        </span>
        <input
          type="search"
          className={styles.input}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          maxLength={200}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </span>
    </form>
  );
}
