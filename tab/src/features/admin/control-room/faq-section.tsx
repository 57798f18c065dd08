import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FaqEditorDialog, type FaqPrefill } from '../../ask/admin/faq-editor-dialog';
import { createFaqEntry } from '../../ask/admin/faq-api';
import { useTranslation } from '../../../lib/translation';
import { ControlSection } from './section';

/** The FAQ editor, here as well as beside Insights' knowledge gaps. */
export function FaqSection() {
  const { t } = useTranslation();
  const [prefill, setPrefill] = useState<FaqPrefill | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <ControlSection title={t('controlRoom.faq.title')} description={t('controlRoom.faq.description')}>
      <div>
        <Button icon={<AddRegular />} onClick={() => { setSaved(null); setPrefill({ question: '', alternates: [] }); }}>
          {t('controlRoom.faq.add')}
        </Button>
      </div>
      <div role="status">
        {saved !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{t('controlRoom.faq.saved', { question: saved })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <FaqEditorDialog prefill={prefill} onClose={() => setPrefill(null)} save={createFaqEntry} onSaved={(entry) => { setPrefill(null); setSaved(entry.question); }} />
    </ControlSection>
  );
}
