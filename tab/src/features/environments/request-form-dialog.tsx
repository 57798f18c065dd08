import { Field, Input, makeStyles, Radio, RadioGroup, Select, Switch, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { defaultEnvironmentType } from '../../../../src/domain/environments/form-defaults';
import { FormDialog } from '../../components/form-dialog';
import { useApiClient } from '../../lib/api-client-context';
import { useTranslation } from '../../lib/translation';
import { useSubmission } from '../../lib/use-submission';
import type { GroupHit } from '../graph/graph-api';
import { useGraphFeatures } from '../graph/use-graph-features';
import { regionName } from './labels';
import { usePolicyPreview } from './policy-preview';
import { PolicyPreviewPanel } from './policy-preview-panel';
import { requestsApi } from './requests-api';
import { SecurityGroupPicker } from './security-group-picker';
import type { EnvironmentRequestView, FormOptions, RequestDraft } from './requests-types';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))', gap: tokens.spacingHorizontalM },
});

/** The form dialog's inputs and callbacks. */
export interface RequestFormDialogProps {
  readonly open: boolean;
  readonly options: FormOptions;
  readonly onClose: () => void;
  readonly onSubmitted: (request: EnvironmentRequestView, created: boolean) => void;
}

function emptyDraft(options: FormOptions): RequestDraft {
  return {
    displayName: '',
    type: defaultEnvironmentType(options.types),
    region: options.regions[0]?.value ?? '',
    justification: '',
    dataverse: false,
    languageLcid: String(options.languages[0]?.value ?? ''),
    currencyCode: options.currencies[0]?.value ?? '',
    securityGroupId: '',
    dataClassification: 'internal',
    expectedUsers: '1',
    durationDays: '',
  };
}

/**
 * The request form in the tab: the same fields and rules as the bot's card. The server checks
 * the policy; its messages appear next to the fields and nothing typed is lost.
 */
export function RequestFormDialog({ open, options, onClose, onSubmitted }: RequestFormDialogProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  // The policy's own region labels are the CoE's English words; other languages name the location from the catalogue.
  const regionLabel = (r: { value: string; label: string }) => (i18n.language === 'en' ? r.label : regionName(t, r.value, r.label));
  const client = useApiClient();
  const [draft, setDraft] = useState<RequestDraft>(() => emptyDraft(options));
  // One key per opened form: a double click or a retry after a network error is the same request.
  const [submissionKey, setSubmissionKey] = useState(() => crypto.randomUUID());
  const { busy, error: failure, submit } = useSubmission();
  const graph = useGraphFeatures();
  // The group picked by name, shown while the id field still holds its id.
  const [group, setGroup] = useState<GroupHit | null>(null);
  const type = options.types.find((o) => o.value === draft.type);
  // Until the maker picks a type, the form follows the policy's start: the first type they can still request.
  const [typeChosen, setTypeChosen] = useState(false);
  const preview = usePolicyPreview(draft, open);
  const startType = preview.kind === 'ready' ? preview.preview.startType : null;
  useEffect(() => {
    if (!typeChosen && startType && startType !== draft.type) setDraft((d) => ({ ...d, type: startType }));
  }, [typeChosen, startType, draft.type]);
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (key: keyof RequestDraft) => {
    const message = failure?.fields[key];
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  async function send(): Promise<void> {
    const result = await requestsApi.submit(client, draft, submissionKey);
    setDraft(emptyDraft(options));
    setSubmissionKey(crypto.randomUUID());
    setGroup(null);
    setTypeChosen(false);
    onSubmitted(result.request, result.created);
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t('requests.form.title')}
      submitLabel={t('requests.form.submit')}
      busyLabel={t('requests.form.busy')}
      cancelLabel={t('requests.form.close')}
      busy={busy}
      onSubmit={() => void submit(send)}
      error={failure}
    >
      <Field label={t('requests.form.name')} required hint={t('requests.form.nameHint', { explanation: options.naming.explanation, example: options.naming.example })} {...error('displayName')}>
        <Input value={draft.displayName} maxLength={100} onChange={(_e, d) => set('displayName', d.value)} placeholder={options.naming.example} />
      </Field>
      <div className={styles.row}>
        <Field label={t('requests.form.type')} required {...error('type')}>
          <Select value={draft.type} onChange={(_e, d) => {
            setTypeChosen(true);
            set('type', d.value);
          }}>
            {options.types.map((o) => (
              <option key={o.value} value={o.value}>{o.value}</option>
            ))}
          </Select>
        </Field>
        <Field label={t('requests.form.region')} required {...error('region')}>
          <Select value={draft.region} onChange={(_e, d) => set('region', d.value)}>
            {options.regions.map((r) => (
              <option key={r.value} value={r.value}>{regionLabel(r)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('requests.form.justification')} required hint={t('requests.form.justificationHint', { count: type?.justificationMinimum ?? 0 })} {...error('justification')}>
        <Textarea value={draft.justification} maxLength={2000} resize="vertical" onChange={(_e, d) => set('justification', d.value)} />
      </Field>
      <Switch checked={draft.dataverse} label={t('requests.form.dataverse')} onChange={(_e, d) => set('dataverse', d.checked)} />
      {draft.dataverse && (
        <div className={styles.row}>
          <Field label={t('requests.form.language')} {...error('languageLcid')}>
            <Select value={draft.languageLcid} onChange={(_e, d) => set('languageLcid', d.value)}>
              {options.languages.map((l) => (
                <option key={l.value} value={String(l.value)}>{l.label}</option>
              ))}
            </Select>
          </Field>
          <Field label={t('requests.form.currency')} {...error('currencyCode')}>
            <Select value={draft.currencyCode} onChange={(_e, d) => set('currencyCode', d.value)}>
              {options.currencies.map((c) => (
                <option key={c.value} value={c.value}>{c.label}</option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <Field label={t('requests.form.classification')} required {...error('dataClassification')}>
        <RadioGroup layout="horizontal" value={draft.dataClassification} onChange={(_e, d) => set('dataClassification', d.value)}>
          <Radio value="public" label={t('requests.classification.public')} />
          <Radio value="internal" label={t('requests.classification.internal')} />
          <Radio value="confidential" label={t('requests.classification.confidential')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field label={t('requests.form.users')} required {...error('expectedUsers')}>
          <Input type="number" min={1} value={draft.expectedUsers} onChange={(_e, d) => set('expectedUsers', d.value)} />
        </Field>
        {type?.maxDurationDays !== null && (
          <Field label={t('requests.form.duration')} hint={t('requests.form.durationHint', { default: type?.defaultDurationDays ?? '—', max: type?.maxDurationDays ?? '—' })} {...error('durationDays')}>
            <Input type="number" min={1} value={draft.durationDays} onChange={(_e, d) => set('durationDays', d.value)} />
          </Field>
        )}
      </div>
      {graph.groupSearch && (
        <SecurityGroupPicker
          picked={group?.id === draft.securityGroupId ? group : null}
          onPick={(g) => {
            setGroup(g);
            set('securityGroupId', g.id);
          }}
        />
      )}
      <Field label={t('requests.form.groupId')} {...error('securityGroupId')}>
        <Input value={draft.securityGroupId} onChange={(_e, d) => set('securityGroupId', d.value)} placeholder="00000000-0000-0000-0000-000000000000" />
      </Field>
      <PolicyPreviewPanel state={preview} />
    </FormDialog>
  );
}
