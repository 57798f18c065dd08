import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { useApiClient } from '../../lib/api-client-context';
import { useSubmission } from '../../lib/use-submission';
import { createFaqEntry } from './api';
import type { SavedFaqEntry } from './types';

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
const fieldNames = ['question', 'answer', 'alternates', 'tags'];

/** The form itself: mounted per opening, so every gap starts from its own wordings. */
function FaqEditorForm({ prefill, onClose, onSaved }: { readonly prefill: FaqPrefill; readonly onClose: () => void; readonly onSaved: (entry: SavedFaqEntry) => void }) {
  const client = useApiClient();
  const [question, setQuestion] = useState(prefill.question);
  const [alternates, setAlternates] = useState(prefill.alternates.join('\n'));
  const [answer, setAnswer] = useState('');
  const [tags, setTags] = useState('');
  const { busy, error, submit } = useSubmission();

  // The server names list items "alternates.2": such a message belongs to the list's field.
  const fields = error?.fields ?? {};
  const message = (name: string) => Object.entries(fields).find(([k]) => k === name || k.startsWith(`${name}.`))?.[1];
  const unplaced = error !== null && !fieldNames.some((f) => message(f) !== undefined);

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Add FAQ entry"
      submitLabel="Save FAQ entry"
      busyLabel="Saving…"
      busy={busy}
      onSubmit={() => void submit(async () => onSaved(await createFaqEntry(client, { question: question.trim(), alternates: lines(alternates), answer, tags: commaList(tags) })))}
      error={unplaced ? error : null}
      errorTitle="The entry was not saved"
    >
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
    </FormDialog>
  );
}

/** The FAQ editor (`POST /api/admin/kb/faq`): question, alternate phrasings, Markdown answer, tags. */
export function FaqEditorDialog({ prefill, onClose, onSaved }: FaqEditorDialogProps) {
  return prefill === null ? null : <FaqEditorForm prefill={prefill} onClose={onClose} onSaved={onSaved} />;
}
