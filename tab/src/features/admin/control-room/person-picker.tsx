import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { controlRoomApi, type PersonHit } from './api';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Finds a person by name or email (people who have used Maker Hub) and hands the chosen one up. */
export function PersonPicker({ label, onPick }: { readonly label: string; readonly onPick: (person: PersonHit) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const resultsId = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<readonly PersonHit[] | null>(null);
  const [error, setError] = useState<string | undefined>();

  async function search() {
    setError(undefined);
    try {
      setHits(await controlRoomApi.searchPeople(client, q.trim()));
    } catch (e) {
      setHits(null);
      setError(toApiError(e).message);
    }
  }

  return (
    <div>
      <form
        className={styles.row}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <Field label={label} validationMessage={error}>
          <Input value={q} onChange={(_e, d) => setQ(d.value)} placeholder={t('controlRoom.personPlaceholder')} />
        </Field>
        <Button type="submit" icon={<SearchRegular />}>
          {t('controlRoom.search')}
        </Button>
      </form>
      {hits !== null && (
        <ul className={styles.list} id={resultsId} aria-label={t('controlRoom.peopleFound')}>
          {hits.length === 0 && (<li><Caption1>{t('controlRoom.nobodyFound')}</Caption1></li>)}
          {hits.map((p) => (
            <li key={`${p.tenantId}:${p.aadObjectId}`}>
              <Button appearance="subtle" onClick={() => { onPick(p); setHits(null); }}>
                {p.displayName}
                {p.email ? ` — ${p.email}` : ''}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
