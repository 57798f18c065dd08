import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { kindFilterLabels, searchKinds, type SearchKind } from './types';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Filter chips: "All", or any set of kinds (each a toggle button, so its state is announced). */
export function KindFilter({ selected, onChange }: { readonly selected: readonly SearchKind[]; readonly onChange: (kinds: SearchKind[]) => void }) {
  const styles = useStyles();
  const toggle = (kind: SearchKind) => onChange(selected.includes(kind) ? selected.filter((k) => k !== kind) : searchKinds.filter((k) => k === kind || selected.includes(k)));
  return (
    <div role="group" aria-label="Show only" className={styles.group}>
      <ToggleButton shape="circular" size="small" checked={selected.length === 0} onClick={() => onChange([])}>
        All
      </ToggleButton>
      {searchKinds.map((kind) => (
        <ToggleButton key={kind} shape="circular" size="small" checked={selected.includes(kind)} onClick={() => toggle(kind)}>
          {kindFilterLabels[kind]}
        </ToggleButton>
      ))}
    </div>
  );
}
