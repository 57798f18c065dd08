import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FaqEditorDialog, type FaqPrefill } from '../../faq-editor/faq-editor-dialog';
import { createFaqEntry } from '../../insights/api';
import { ControlSection } from './section';

/** The FAQ editor, here as well as beside Insights' knowledge gaps. */
export function FaqSection() {
  const [prefill, setPrefill] = useState<FaqPrefill | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <ControlSection title="FAQ" description="Add an answer the bot gives at once. Insights' knowledge gaps show what makers asked that it could not answer.">
      <div>
        <Button icon={<AddRegular />} onClick={() => { setSaved(null); setPrefill({ question: '', alternates: [] }); }}>
          Add FAQ entry
        </Button>
      </div>
      <div role="status">
        {saved !== null && (
          <MessageBar intent="success">
            <MessageBarBody>Saved: “{saved}”. The bot answers it from now on.</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <FaqEditorDialog prefill={prefill} onClose={() => setPrefill(null)} save={createFaqEntry} onSaved={(entry) => { setPrefill(null); setSaved(entry.question); }} />
    </ControlSection>
  );
}
