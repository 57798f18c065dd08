import { Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useId } from 'react';
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
  const set = (key: Exclude<StoryField, 'products'>) => (_: unknown, data: { value: string }) => onChange((v) => ({ ...v, [key]: data.value }));
  const state = (key: StoryField) => (errors[key] ? { validationState: 'error' as const, validationMessage: errors[key] } : {});
  const productsError = useId();
  const toggle = (product: StoryProduct, on: boolean) => onChange((v) => ({ ...v, products: on ? [...v.products.filter((p) => p !== product), product] : v.products.filter((p) => p !== product) }));
  return (
    <div className={styles.form}>
      <Field label="Title" required {...state('title')}>
        <Input value={values.title} maxLength={120} placeholder="e.g. Expense approvals in one flow" onChange={set('title')} />
      </Field>
      <Field label="The problem" hint="What was slow, manual or error-prone before?" required {...state('problem')}>
        <Textarea value={values.problem} maxLength={2000} rows={4} resize="vertical" onChange={set('problem')} />
      </Field>
      <Field label="What you built" hint="The app, flow, report or agent, and how people use it." required {...state('solution')}>
        <Textarea value={values.solution} maxLength={2000} rows={4} resize="vertical" onChange={set('solution')} />
      </Field>
      {/* Not inside a Field: a Field gives its one control its id, so every checkbox's label would point at the first. */}
      <fieldset className={styles.fieldset} aria-describedby={errors.products ? productsError : undefined}>
        <legend className={styles.legend}>Products used (at least one)</legend>
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
      <p className={styles.hint}>Impact — fill in at least one:</p>
      <div className={styles.impact}>
        <Field label="Hours saved per month" className={styles.cell} {...state('hoursSavedPerMonth')}>
          <Input className={styles.control} inputMode="decimal" value={values.hoursSavedPerMonth} placeholder="e.g. 40" onChange={set('hoursSavedPerMonth')} />
        </Field>
        <Field label="People served" className={styles.cell} {...state('peopleServed')}>
          <Input className={styles.control} inputMode="numeric" value={values.peopleServed} placeholder="e.g. 250" onChange={set('peopleServed')} />
        </Field>
        <Field label="Cost avoided per year" className={styles.cell} {...state('costAvoided')}>
          <Input className={styles.control} inputMode="numeric" value={values.costAvoided} placeholder="e.g. 15000" onChange={set('costAvoided')} />
        </Field>
        <Field label="Currency" className={styles.cell} {...state('currency')}>
          <Select className={styles.control} select={{ className: styles.control }} value={values.currency} onChange={set('currency')}>
            {options.currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Team or department" required {...state('department')}>
        <Input value={values.department} maxLength={80} placeholder="e.g. Finance" onChange={set('department')} />
      </Field>
      <StoryPictureField values={values} options={options} errors={errors} onChange={onChange} title={values.title} />
      <div className={styles.row}>
        <Field label="Link to learn more (optional)" className={styles.cell} {...state('linkUrl')}>
          <Input className={styles.control} type="url" value={values.linkUrl} placeholder="https://…" onChange={set('linkUrl')} />
        </Field>
      </div>
    </div>
  );
}
