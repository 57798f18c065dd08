import { Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/translation';
import { GROUP_SEARCH_TEXT } from '../../../../src/domain/environments/group-search';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { graphApi, type GroupHit } from '../graph/graph-api';
import { graphErrorText } from '../graph/graph-error-text';

const useStyles = makeStyles({
  // The list is portalled outside the provider's styled element: keep the app's font there.
  listbox: { fontFamily: tokens.fontFamilyBase },
  description: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
});

const DEBOUNCE_MS = 300;

type Found = { readonly kind: 'idle' | 'short' | 'searching' } | { readonly kind: 'hits'; readonly groups: readonly GroupHit[] } | { readonly kind: 'error'; readonly text: string };

/**
 * Finds a security group of the maker's tenant by name (Graph, through the server) and hands the
 * picked one to the form, which fills the object id field; that field stays the fallback.
 */
export function SecurityGroupPicker({ picked, onPick }: { readonly picked: GroupHit | null; readonly onPick: (group: GroupHit) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ kind: 'idle' });
  // Opened by typing, not only by the button: the options arrive after the text.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (text === '' || text === picked?.displayName) return setFound({ kind: 'idle' });
    // What the server would refuse is not sent.
    if (!GROUP_SEARCH_TEXT.test(text)) return setFound({ kind: 'short' });
    const controller = new AbortController();
    setFound({ kind: 'searching' });
    const timer = setTimeout(() => {
      graphApi.searchGroups(client, text, controller.signal).then(
        (groups) => !controller.signal.aborted && setFound({ kind: 'hits', groups }),
        (e: unknown) => !controller.signal.aborted && setFound({ kind: 'error', text: t('graph.groups.failed', { reason: graphErrorText(t, toApiError(e)) }) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, query, picked, t]);

  const status = (text: string) => (
    <Option key="status" value="" disabled text={text}>
      {text}
    </Option>
  );
  return (
    <Field
      label={t('graph.groups.label')}
      hint={picked ? t('graph.groups.picked', { name: picked.displayName }) : t('graph.groups.hint')}
      validationState={found.kind === 'error' ? 'error' : 'none'}
      validationMessage={found.kind === 'error' ? found.text : undefined}
    >
      <Combobox
        freeform
        value={query}
        placeholder={t('graph.groups.placeholder')}
        open={open && found.kind !== 'idle'}
        onOpenChange={(_e, d) => setOpen(d.open)}
        listbox={{ className: styles.listbox }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_e, d) => {
          const group = found.kind === 'hits' ? found.groups.find((g) => g.id === d.optionValue) : undefined;
          if (!group) return;
          onPick(group);
          setQuery(group.displayName);
          setOpen(false);
        }}
      >
        {found.kind === 'searching' && status(t('graph.groups.searching'))}
        {found.kind === 'short' && status(t('graph.groups.tooShort'))}
        {found.kind === 'hits' && found.groups.length === 0 && status(t('graph.groups.none', { query: query.trim() }))}
        {found.kind === 'hits' &&
          found.groups.map((g) => (
            <Option key={g.id} value={g.id} text={g.displayName}>
              {g.displayName}
              {g.description && <span className={styles.description}>{g.description}</span>}
            </Option>
          ))}
      </Combobox>
    </Field>
  );
}
