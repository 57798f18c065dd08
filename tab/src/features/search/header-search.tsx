import { Button, makeStyles, SearchBox } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  form: { display: 'flex', flexShrink: 1, minWidth: 0, width: '320px', maxWidth: '40vw' },
  box: { width: '100%', maxWidth: '100%' },
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
      <SearchBox
        className={styles.box}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        maxLength={200}
        value={text}
        onChange={(_e, data) => setText(data.value)}
      />
    </form>
  );
}
