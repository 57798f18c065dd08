import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../../../lib/translation';
import { FormDialog } from '../../../components/form-dialog';
import { useApiClient } from '../../../lib/api-client-context';
import type { ApiClient } from '../../../lib/api-client';
import { useSubmission } from '../../../lib/use-submission';
import { FaqPreview } from './faq-preview';

/** What the editor opens with: a knowledge gap's wordings, or an expert's answer to a ticket. */
export interface FaqPrefill {
  readonly question: string;
  readonly alternates: readonly string[];
  readonly answer?: string;
}

/** The entry as typed, tidied: what every way of saving receives. */
export interface FaqDraft {
  readonly question: string;
  readonly alternates: string[];
  readonly answer: string;
  readonly tags: string[];
}

export interface FaqEditorDialogProps<T> {
  /** Null: closed. A new prefill opens the editor afresh. */
  readonly prefill: FaqPrefill | null;
  readonly onClose: () => void;
  /** Stores the entry and resolves with what to tell the person (a refusal rejects with the API's error). */
  readonly save: (client: ApiClient, draft: FaqDraft) => Promise<T>;
  readonly onSaved: (saved: T, draft: FaqDraft) => void;
  readonly title?: string;
  readonly submitLabel?: string;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const commaList = (text: string) => text.split(',').map((t) => t.trim()).filter((t) => t !== '');
const fieldNames = ['question', 'answer', 'alternates', 'tags'];

/** The form itself: mounted per opening, so every gap or ticket starts from its own wordings. */
function FaqEditorForm<T>({ prefill, onClose, save, onSaved, title, submitLabel }: FaqEditorDialogProps<T> & { readonly prefill: FaqPrefill }) {
  const client = useApiClient();
  const { t } = useTranslation();
  const [question, setQuestion] = useState(prefill.question);
  const [alternates, setAlternates] = useState(prefill.alternates.join('\n'));
  const [answer, setAnswer] = useState(prefill.answer ?? '');
  const [tags, setTags] = useState('');
  const { busy, error, submit } = useSubmission();

  // The server names list items "alternates.2" (and the ticket route "entry.question"): such a message belongs to the field.
  const fields = error?.fields ?? {};
  const message = (name: string) => Object.entries(fields).find(([k]) => [name, `entry.${name}`].some((f) => k === f || k.startsWith(`${f}.`)))?.[1];
  const unplaced = error !== null && !fieldNames.some((f) => message(f) !== undefined);
  const draft = (): FaqDraft => ({ question: question.trim(), alternates: lines(alternates), answer, tags: commaList(tags) });

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title ?? t('faqEditor.title')}
      submitLabel={submitLabel ?? t('faqEditor.save')}
      busyLabel={t('faqEditor.saving')}
      cancelLabel={t('faqEditor.cancel')}
      busy={busy}
      onSubmit={() =>
        void submit(async () => {
          const entry = draft();
          onSaved(await save(client, entry), entry);
        })
      }
      error={unplaced ? error : null}
      errorTitle={t('faqEditor.failed')}
    >
      <Field label={t('faqEditor.question')} required validationMessage={message('question')}>
        <Input value={question} maxLength={300} onChange={(_e, d) => setQuestion(d.value)} />
      </Field>
      <Field label={t('faqEditor.alternates')} hint={t('faqEditor.alternatesHint')} validationMessage={message('alternates')}>
        <Textarea value={alternates} rows={3} resize="vertical" onChange={(_e, d) => setAlternates(d.value)} />
      </Field>
      <Field label={t('faqEditor.answer')} required hint={t('faqEditor.answerHint')} validationMessage={message('answer')}>
        <Textarea value={answer} rows={6} resize="vertical" maxLength={8000} onChange={(_e, d) => setAnswer(d.value)} />
      </Field>
      <Field label={t('faqEditor.tags')} hint={t('faqEditor.tagsHint')} validationMessage={message('tags')}>
        <Input value={tags} onChange={(_e, d) => setTags(d.value)} />
      </Field>
      <FaqPreview question={question.trim()} alternates={lines(alternates)} answer={answer} labels={{ title: t('tickets.faqEditor.preview'), empty: t('tickets.faqEditor.previewEmpty'), also: t('tickets.faqEditor.previewAlso') }} />
    </FormDialog>
  );
}

/**
 * The FAQ editor: question, alternate phrasings, Markdown answer with a preview, tags. Insights
 * and the control room save through `POST /api/admin/kb/faq`; an expert's ticket through its
 * "promote" action, which links the entry to the ticket. The server checks both the same way.
 */
export function FaqEditorDialog<T>(props: FaqEditorDialogProps<T>) {
  return props.prefill === null ? null : <FaqEditorForm {...props} prefill={props.prefill} />;
}
