import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { searchKinds, type SearchKind } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Filter chips: "All", or any set of kinds (each a toggle button, so its state is announced). */
export function KindFilter({ selected, onChange }: { readonly selected: readonly SearchKind[]; readonly onChange: (kinds: SearchKind[]) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const toggle = (kind: SearchKind) => onChange(selected.includes(kind) ? selected.filter((k) => k !== kind) : searchKinds.filter((k) => k === kind || selected.includes(k)));
  return (
    <div role="group" aria-label={t('search.showOnly')} className={styles.group}>
      <ToggleButton shape="circular" size="small" checked={selected.length === 0} onClick={() => onChange([])}>
        {t('search.all')}
      </ToggleButton>
      {searchKinds.map((kind) => (
        <ToggleButton key={kind} shape="circular" size="small" checked={selected.includes(kind)} onClick={() => toggle(kind)}>
          {t(`search.kindFilter.${kind}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
