import { makeStyles, tokens } from '@fluentui/react-components';
import { ChatHelpRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { AnswerPanel } from './answer-panel';
import { AskBox } from './ask-box';
import { EarlierAnswers } from './earlier-answers';
import { FaqStarters } from './faq-starters';
import type { TFunction } from 'i18next';
import type { UseAsk } from './use-ask';
import { useSuggestions } from './use-suggestions';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** What a screen reader hears when an answer arrives (the answer itself is read on demand). */
function announcement(ask: UseAsk, t: TFunction): string {
  if (ask.state.status !== 'answered') return '';
  return ask.state.answer.answered ? t('ask.announce.found') : t('ask.announce.notSure');
}

/** The Ask view: the question box with matching topics, then the answer, the "not sure" state or the error. */
export function AskView({ ask, onShowTickets }: { readonly ask: UseAsk; readonly onShowTickets: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { state } = ask;
  // Suggestions help while a new question is typed, not under the answer to the one just asked.
  const shownQuestion = state.status === 'answered' ? state.answer.question : state.status === 'idle' ? '' : state.question;
  const suggestions = useSuggestions(ask.draft, state.status !== 'asking' && ask.draft.trim() !== shownQuestion);
  const fieldError = state.status === 'error' ? state.error.fields['question'] : undefined;

  return (
    <div className={styles.root}>
      <AskBox draft={ask.draft} onDraftChange={ask.setDraft} onAsk={() => ask.ask()} onPick={ask.askAbout} busy={state.status === 'asking'} fieldError={fieldError} suggestions={suggestions} />
      <div role="status" className={styles.hidden}>
        {announcement(ask, t)}
      </div>
      {state.status === 'idle' && ask.earlier.length === 0 && (
        <>
          <EmptyState icon={<ChatHelpRegular />} title={t('ask.empty.title')}>
            {t('ask.empty.body')}
          </EmptyState>
          <FaqStarters onAsk={ask.askAbout} />
        </>
      )}
      {state.status === 'asking' && <LoadingState label={t('ask.loading')} />}
      {state.status === 'error' && fieldError === undefined && <ErrorState title={t('ask.failed')} error={state.error} onRetry={() => ask.ask(state.question)} />}
      {state.status === 'answered' && <AnswerPanel shown={state} onChange={ask.update} onAsk={ask.askAbout} onShowTickets={onShowTickets} />}
      <EarlierAnswers ask={ask} onShowTickets={onShowTickets} />
    </div>
  );
}
