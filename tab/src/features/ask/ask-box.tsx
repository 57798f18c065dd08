import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular, SendRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { sourceLabel } from './format';
import type { SearchResult } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  // One row at every width: the box shrinks on a phone rather than the button dropping below it.
  form: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  field: { flex: '1 1 0', minWidth: 0 },
  // Lines the button up with the input, below the field's label.
  submit: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  suggestions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  label: { color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  chip: { maxWidth: '100%', textAlign: 'left', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
});

export interface AskBoxProps {
  readonly draft: string;
  readonly onDraftChange: (text: string) => void;
  /** Asks what is in the box. */
  readonly onAsk: () => void;
  /** Asks a suggested topic. */
  readonly onPick: (question: string) => void;
  readonly busy: boolean;
  /** What the server said about the question (400), shown under the box. */
  readonly fieldError?: string;
  readonly suggestions: readonly SearchResult[];
}

/** The question box, and the knowledge-base topics that match what is typed so far. */
export function AskBox({ draft, onDraftChange, onAsk, onPick, busy, fieldError, suggestions }: AskBoxProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const labelId = useId();
  const [tooShort, setTooShort] = useState(false);
  const message = tooShort ? t('ask.box.tooShort') : fieldError;

  return (
    <div>
      <form
        role="search"
        aria-label={t('ask.box.form')}
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          const short = draft.trim().length < 2;
          setTooShort(short);
          if (!short) onAsk();
        }}
      >
        <Field label={t('ask.box.label')} className={styles.field} validationMessage={message} validationState={message ? 'error' : 'none'} hint={t('ask.box.hint')}>
          <Input
            type="search"
            value={draft}
            maxLength={1000}
            contentBefore={<SearchRegular />}
            onChange={(_e, d) => {
              onDraftChange(d.value);
              if (tooShort && d.value.trim().length >= 2) setTooShort(false);
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" icon={<SendRegular />} disabled={busy} className={styles.submit}>
          {busy ? t('ask.box.busy') : t('ask.box.submit')}
        </Button>
      </form>
      {suggestions.length > 0 && (
        <div className={styles.suggestions}>
          <Caption1 id={labelId} className={styles.label}>
            {t('ask.box.matching')}
          </Caption1>
          <ul className={styles.list} aria-labelledby={labelId}>
            {suggestions.map((s) => (
              <li key={s.passageId}>
                {/* A topic's title (an FAQ's question, a section's heading) makes a good question to ask. */}
                <Button size="small" shape="circular" className={styles.chip} onClick={() => onPick(s.kind === 'doc' ? (s.heading ?? s.title) : s.title)}>
                  {sourceLabel(s)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
