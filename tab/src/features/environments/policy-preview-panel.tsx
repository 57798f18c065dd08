import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { useTranslation } from '../../lib/translation';
import { classificationInText } from './labels';
import type { PreviewState } from './policy-preview';

const useStyles = makeStyles({
  caps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/**
 * What the policy will do with the request as it stands: approved at once or an admin's decision,
 * why, and the maker's caps. Announced politely, so a screen reader hears the change after each edit.
 */
export function PolicyPreviewPanel({ state }: { readonly state: PreviewState }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (state.kind === 'loading') return <Spinner size="tiny" label={t('requestPreview.checking')} />;
  if (state.kind === 'unavailable') return <MessageBar intent="warning"><MessageBarBody>{t('requestPreview.unavailable')}</MessageBarBody></MessageBar>;
  const { preview } = state;
  const type = preview.type ?? '';
  const classification = classificationInText(t, preview.dataClassification ?? '');
  const intent = preview.outcome === 'auto' ? 'success' : preview.outcome === 'refused' ? 'error' : 'info';
  const headline = preview.outcome === 'auto' ? t('requestPreview.auto') : preview.outcome === 'refused' ? t('requestPreview.refused') : preview.outcome === 'approval' ? t('requestPreview.approval') : t('requestPreview.title');
  const why =
    preview.outcome === 'auto'
      ? t('requestPreview.whyAuto', { type, classification })
      : preview.outcome === 'approval'
        ? t('requestPreview.whyApproval', { type, classification, count: preview.expectedUsers })
        : preview.outcome === 'refused'
          ? t('requestPreview.whyRefused', { type })
          : t('requestPreview.whyIncomplete');
  return (
    <section aria-label={t('requestPreview.title')} aria-live="polite" data-testid="policy-preview">
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{headline}</MessageBarTitle> {why}
          <ul className={styles.caps}>
            {preview.caps.map((c) => (
              <li key={c.type}>
                {c.reached ? t('requestPreview.capReached', { type: c.type, active: c.active, cap: c.cap }) : t('requestPreview.capLeft', { type: c.type, active: c.active, cap: c.cap })}{' '}
                {c.reached ? <Badge appearance="tint" color="danger" size="small">{t('requestPreview.full')}</Badge> : null}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
