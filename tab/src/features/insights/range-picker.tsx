import { useTranslation } from '../../lib/translation';
import { Button, Field, Input, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { checkCustomRange, maxRangeDays, presetDays, type DateRange, type PresetDays, type RangeChoice, type RangeProblem } from './range';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Four tabs are wider than a phone: they wrap rather than widen the page.
  tabs: { flexWrap: 'wrap' },
  custom: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  field: { minWidth: '150px' },
  // Lines the button up with the inputs, not with their labels.
  apply: { marginTop: '26px' },
});

export interface RangePickerProps {
  readonly choice: RangeChoice;
  /** The days shown now: what the custom fields start from. */
  readonly range: DateRange;
  readonly onChange: (choice: RangeChoice) => void;
}

type TabValue = `${PresetDays}` | 'custom';

/** Last 7 / 30 / 90 days, or two days chosen by hand (applied with a button, not on every keystroke). */
export function RangePicker({ choice, range, onChange }: RangePickerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [customOpen, setCustomOpen] = useState(choice.kind === 'custom');
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to', RangeProblem>>>({});
  const problemText = (problem: RangeProblem | undefined) => (problem === undefined ? undefined : t(`period.problems.${problem}`, { max: maxRangeDays }));
  const selected: TabValue = customOpen ? 'custom' : choice.kind === 'preset' ? `${choice.days}` : 'custom';

  function select(value: TabValue) {
    if (value === 'custom') {
      setFrom(range.from);
      setTo(range.to);
      setProblems({});
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    onChange({ kind: 'preset', days: Number(value) as PresetDays });
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const found = checkCustomRange(from, to);
    setProblems(found);
    if (Object.keys(found).length === 0) onChange({ kind: 'custom', from, to });
  }

  return (
    <div className={styles.root}>
      <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_e, data) => select(data.value as TabValue)} aria-label={t('period.label')}>
        {presetDays.map((days) => (
          <Tab key={days} value={`${days}`}>
            {t('period.lastDays', { count: days })}
          </Tab>
        ))}
        <Tab value="custom">{t('period.custom')}</Tab>
      </TabList>
      {customOpen && (
        <form className={styles.custom} onSubmit={apply} aria-label={t('period.customLabel')} noValidate>
          <Field label={t('period.from')} className={styles.field} validationMessage={problemText(problems.from)}>
            <Input type="date" value={from} onChange={(_e, data) => setFrom(data.value)} />
          </Field>
          <Field label={t('period.to')} className={styles.field} validationMessage={problemText(problems.to)}>
            <Input type="date" value={to} onChange={(_e, data) => setTo(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" className={styles.apply}>
            {t('period.show')}
          </Button>
        </form>
      )}
    </div>
  );
}
