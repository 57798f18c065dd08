import type { TurnContext } from 'botbuilder';
import type { Principal } from '../../../src/domain/identity/types.js';
import type { EnvironmentContext } from '../../../src/domain/environments/context.js';
import { previewDraft, type PolicyPreview } from '../../../src/domain/environments/preview.js';
import type { RequestDraft } from '../../../src/domain/environments/validation.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { typeName } from '../../cards/environments/details.js';
import { translatorOf } from '../../locale.js';

/** The sentence the form card shows about what the policy will do with its answers as they stand. */
export function policySentence(preview: PolicyPreview, tr: Translator): string {
  const parts: string[] = [];
  const type = preview.type ? typeName(preview.type, tr) : '';
  // English keeps the stored word ("internal data"); other languages name the class as the form does.
  const classification = !preview.dataClassification ? '' : tr.language === 'en' ? preview.dataClassification : tr.t(`bot.environments.facts.classification.${preview.dataClassification}`);
  if (preview.outcome === 'auto') parts.push(tr.t('bot.requestPreview.auto', { type, classification }));
  else if (preview.outcome === 'approval') parts.push(tr.t('bot.requestPreview.approval', { type, classification }));
  else if (preview.outcome === 'refused') parts.push(tr.t('bot.requestPreview.refused', { type }));
  for (const cap of preview.caps.filter((c) => c.reached)) parts.push(tr.t('bot.requestPreview.capReached', { type: typeName(cap.type, tr), active: cap.active, cap: cap.cap }));
  return parts.join(' ');
}

/**
 * The form's starting type and the policy sentence for a maker's answers (a new form: the type it
 * starts on, internal data, one user — what the card preselects). Read-only.
 */
export async function formPolicy(context: TurnContext, env: EnvironmentContext, principal: Principal, values: RequestDraft): Promise<{ startType: string | undefined; policyNote: string }> {
  const first = await previewDraft(env, principal, { dataClassification: 'internal', expectedUsers: 1, ...values });
  const startType = first.startType ?? undefined;
  const preview = values.type ? first : await previewDraft(env, principal, { dataClassification: 'internal', expectedUsers: 1, ...values, type: startType ?? '' });
  return { startType, policyNote: policySentence(preview, translatorOf(context)) };
}
