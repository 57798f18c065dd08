import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { DismissRegular, SearchRegular } from '@fluentui/react-icons';
import { useTranslation } from '../../lib/translation';
import { productLabels } from './format';
import { emptyFilter, type GalleryFilter, type StoryProduct } from './types';

const useStyles = makeStyles({
  // Fields wrap rather than shrink below what their controls need (date inputs and selects have a minimum).
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  search: { flex: '3 1 280px', minWidth: 'min(100%, 280px)' },
  field: { flex: '1 1 170px', minWidth: 'min(100%, 170px)' },
  // A native select is as wide as its longest option (a department can be long): let it shrink instead.
  control: { minWidth: 0, width: '100%' },
});

export interface StoryFiltersProps {
  readonly value: GalleryFilter;
  readonly departments: readonly string[];
  readonly onChange: (next: GalleryFilter) => void;
}

/** Search and filters of the gallery: words, product, department and a date range. */
export function StoryFilters({ value, departments, onChange }: StoryFiltersProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = <K extends keyof GalleryFilter>(key: K, v: GalleryFilter[K]) => onChange({ ...value, [key]: v });
  const active = JSON.stringify(value) !== JSON.stringify(emptyFilter);
  return (
    <form role="search" aria-label={t('stories.filters.label')} className={styles.form} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('stories.filters.search')} className={styles.search}>
        <Input type="search" contentBefore={<SearchRegular />} placeholder={t('stories.filters.searchPlaceholder')} value={value.q} onChange={(_, d) => set('q', d.value)} />
      </Field>
      <Field label={t('stories.filters.product')} className={styles.field}>
        <Select className={styles.control} select={{ className: styles.control }} value={value.product} onChange={(_, d) => set('product', d.value as StoryProduct | '')}>
          <option value="">{t('stories.filters.allProducts')}</option>
          {(Object.keys(productLabels) as StoryProduct[]).map((p) => (
            <option key={p} value={p}>
              {productLabels[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('stories.filters.department')} className={styles.field}>
        <Select className={styles.control} select={{ className: styles.control }} value={value.department} onChange={(_, d) => set('department', d.value)}>
          <option value="">{t('stories.filters.allDepartments')}</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('stories.filters.from')} className={styles.field}>
        <Input type="date" value={value.from} max={value.to || undefined} onChange={(_, d) => set('from', d.value)} />
      </Field>
      <Field label={t('stories.filters.until')} className={styles.field}>
        <Input type="date" value={value.to} min={value.from || undefined} onChange={(_, d) => set('to', d.value)} />
      </Field>
      {active && (
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChange(emptyFilter)}>
          {t('stories.filters.clear')}
        </Button>
      )}
    </form>
  );
}
