import { ErrorState } from '../../components/error-state';
import { useApi } from '../../lib/use-api';
import { askApi } from './api';
import { RelatedQuestions } from './related-questions';
import { useTranslation } from '../../lib/translation';

/** How many FAQ questions to offer before anything is asked: enough to show the range, not a wall. */
const SHOWN = 6;

/** A few of the CoE's FAQ questions to start from; pressing one asks it. */
export function FaqStarters({ onAsk }: { readonly onAsk: (question: string) => void }) {
  const { t } = useTranslation();
  const faq = useApi((client, signal) => askApi.faq(client, signal));
  if (faq.status === 'loading') return null;
  if (faq.status === 'error') return <ErrorState title={t('ask.faq.failed')} error={faq.error} onRetry={faq.retry} />;
  const questions = faq.data.filter((e) => e.kind === 'faq').slice(0, SHOWN).map((e) => e.question);
  return questions.length > 0 ? <RelatedQuestions title={t('ask.faq.title')} questions={questions} onAsk={onAsk} /> : null;
}
