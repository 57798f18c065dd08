import { Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from '../../lib/translation';
import { StoryPictureField } from './story-picture-field';
import type { StoryDraft, StoryField, StoryOptions, StoryProduct } from './types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  impact: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 9rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  products: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 11rem), 1fr))' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  error: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  // Grid cells may be narrower than a native input's preferred width: controls fill their cell instead.
  cell: { minWidth: 0 },
  control: { width: '100%', minWidth: 0 },
});

export interface StoryFormFieldsProps {
  readonly values: StoryDraft;
  readonly options: StoryOptions;
  /** Field → what the server said is wrong with it (shown under the field). */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (update: (values: StoryDraft) => StoryDraft) => void;
}

/**
 * The story's fields, the same ones and rules as the bot's card. Numbers are typed as text so
 * that whatever was entered stays visible until the server says what is wrong with it.
 */
export function StoryFormFields({ values, options, errors, onChange }: StoryFormFieldsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (key: Exclude<StoryField, 'products'>) => (_: unknown, data: { value: string }) => onChange((v) => ({ ...v, [key]: data.value }));
  const state = (key: StoryField) => (errors[key] ? { validationState: 'error' as const, validationMessage: errors[key] } : {});
  const productsError = useId();
  const toggle = (product: StoryProduct, on: boolean) => onChange((v) => ({ ...v, products: on ? [...v.products.filter((p) => p !== product), product] : v.products.filter((p) => p !== product) }));
  return (
    <div className={styles.form}>
      <Field label={t('storyForm.title')} required {...state('title')}>
        <Input value={values.title} maxLength={120} placeholder={t('storyForm.titlePlaceholder')} onChange={set('title')} />
      </Field>
      <Field label={t('storyForm.problem')} hint={t('storyForm.problemHint')} required {...state('problem')}>
        <Textarea value={values.problem} maxLength={2000} rows={4} resize="vertical" onChange={set('problem')} />
      </Field>
      <Field label={t('storyForm.solution')} hint={t('storyForm.solutionHint')} required {...state('solution')}>
        <Textarea value={values.solution} maxLength={2000} rows={4} resize="vertical" onChange={set('solution')} />
      </Field>
      {/* Not inside a Field: a Field gives its one control its id, so every checkbox's label would point at the first. */}
      <fieldset className={styles.fieldset} aria-describedby={errors.products ? productsError : undefined}>
        <legend className={styles.legend}>{t('storyForm.products')}</legend>
        <div className={styles.products}>
          {options.products.map((p) => (
            <Checkbox key={p.value} label={p.label} checked={values.products.includes(p.value)} onChange={(_, d) => toggle(p.value, d.checked === true)} />
          ))}
        </div>
        {errors.products ? (
          <div id={productsError} className={styles.error} role="alert">
            <ErrorCircle12Filled aria-hidden />
            {errors.products}
          </div>
        ) : null}
      </fieldset>
      <p className={styles.hint}>{t('storyForm.impactHint')}</p>
      <div className={styles.impact}>
        <Field label={t('storyForm.hours')} className={styles.cell} {...state('hoursSavedPerMonth')}>
          <Input className={styles.control} inputMode="decimal" value={values.hoursSavedPerMonth} placeholder={t('storyForm.hoursPlaceholder')} onChange={set('hoursSavedPerMonth')} />
        </Field>
        <Field label={t('storyForm.people')} className={styles.cell} {...state('peopleServed')}>
          <Input className={styles.control} inputMode="numeric" value={values.peopleServed} placeholder={t('storyForm.peoplePlaceholder')} onChange={set('peopleServed')} />
        </Field>
        <Field label={t('storyForm.cost')} className={styles.cell} {...state('costAvoided')}>
          <Input className={styles.control} inputMode="numeric" value={values.costAvoided} placeholder={t('storyForm.costPlaceholder')} onChange={set('costAvoided')} />
        </Field>
        <Field label={t('storyForm.currency')} className={styles.cell} {...state('currency')}>
          <Select className={styles.control} select={{ className: styles.control }} value={values.currency} onChange={set('currency')}>
            {options.currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('storyForm.department')} required {...state('department')}>
        <Input value={values.department} maxLength={80} placeholder={t('storyForm.departmentPlaceholder')} onChange={set('department')} />
      </Field>
      <StoryPictureField values={values} options={options} errors={errors} onChange={onChange} title={values.title} />
      <div className={styles.row}>
        <Field label={t('storyForm.link')} className={styles.cell} {...state('linkUrl')}>
          <Input className={styles.control} type="url" value={values.linkUrl} placeholder="https://…" onChange={set('linkUrl')} />
        </Field>
      </div>
    </div>
  );
}
