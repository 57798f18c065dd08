import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { createFaqEntry } from './api';
import type { SavedFaqEntry } from './types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** What the editor opens with (a knowledge gap's wordings). */
export interface FaqPrefill {
  readonly question: string;
  readonly alternates: readonly string[];
}

export interface FaqEditorDialogProps {
  /** Null: closed. A new prefill opens the editor afresh. */
  readonly prefill: FaqPrefill | null;
  readonly onClose: () => void;
  readonly onSaved: (entry: SavedFaqEntry) => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const commaList = (text: string) => text.split(',').map((t) => t.trim()).filter((t) => t !== '');

/** The form itself: mounted per opening, so every gap starts from its own wordings. */
function FaqEditorForm({ prefill, onClose, onSaved }: { readonly prefill: FaqPrefill; readonly onClose: () => void; readonly onSaved: (entry: SavedFaqEntry) => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const [question, setQuestion] = useState(prefill.question);
  const [alternates, setAlternates] = useState(prefill.alternates.join('\n'));
  const [answer, setAnswer] = useState('');
  const [tags, setTags] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await createFaqEntry(client, { question: question.trim(), alternates: lines(alternates), answer, tags: commaList(tags) }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  const fields = error?.fields ?? {};
  const unplaced = error !== null && !['question', 'answer', 'alternates', 'tags'].some((f) => Object.keys(fields).some((k) => k === f || k.startsWith(`${f}.`)));
  const message = (name: string) => Object.entries(fields).find(([k]) => k === name || k.startsWith(`${name}.`))?.[1];

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <DialogBody>
        <DialogTitle>Add FAQ entry</DialogTitle>
        <DialogContent className={styles.form}>
          <Field label="Question" required validationMessage={message('question')}>
            <Input value={question} maxLength={300} onChange={(_e, d) => setQuestion(d.value)} />
          </Field>
          <Field label="Alternate phrasings" hint="One per line: other ways makers ask the same thing." validationMessage={message('alternates')}>
            <Textarea value={alternates} rows={4} resize="vertical" onChange={(_e, d) => setAlternates(d.value)} />
          </Field>
          <Field label="Answer (Markdown)" required hint="Markdown works: **bold**, lists and [links](https://…)." validationMessage={message('answer')}>
            <Textarea value={answer} rows={6} resize="vertical" maxLength={8000} onChange={(_e, d) => setAnswer(d.value)} />
          </Field>
          <Field label="Tags" hint="Comma-separated, for example: environments, dlp" validationMessage={message('tags')}>
            <Input value={tags} onChange={(_e, d) => setTags(d.value)} />
          </Field>
          {unplaced && error !== null && <ErrorState title="The entry was not saved" error={error} />}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save FAQ entry'}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}

/** The FAQ editor (`POST /api/admin/kb/faq`): question, alternate phrasings, Markdown answer, tags. */
export function FaqEditorDialog({ prefill, onClose, onSaved }: FaqEditorDialogProps) {
  return (
    <Dialog open={prefill !== null} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>{prefill !== null && <FaqEditorForm prefill={prefill} onClose={onClose} onSaved={onSaved} />}</DialogSurface>
    </Dialog>
  );
}
