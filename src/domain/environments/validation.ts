import { render, say, type ErrorText } from '../shared/error-text.js';
import { allowedTypes, autoApproveRule, justificationMinimum, type EnvironmentPolicy } from './policy.js';
import { DATA_CLASSIFICATIONS, ENVIRONMENT_TYPES, type DataClassification, type EnvironmentRequestInput, type EnvironmentType, type PolicyCheck } from './types.js';

/**
 * A request as a form holds it: every field as typed by the maker (card inputs are strings), so a
 * rejected submission can be shown again exactly as it was entered.
 */
export interface RequestDraft {
  displayName?: string;
  type?: string;
  region?: string;
  justification?: string;
  dataverse?: string | boolean;
  languageLcid?: string | number;
  currencyCode?: string;
  securityGroupId?: string;
  dataClassification?: string;
  expectedUsers?: string | number;
  durationDays?: string | number;
}

export type DraftField = keyof RequestDraft;

/** The outcome of checking a draft: typed input, or what to fix field by field. */
export interface DraftVerdict {
  /** Present when every field is acceptable. */
  input?: EnvironmentRequestInput;
  /** Field name → what is wrong, written for the maker (English). */
  fields: Partial<Record<DraftField, string>>;
  /** The same as catalogue keys, so the maker reads it in their language. */
  texts: Partial<Record<DraftField, ErrorText>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NAME = 100;
const MAX_JUSTIFICATION = 2000;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

function wholeNumber(v: unknown): number | undefined {
  const s = str(v);
  return /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

/**
 * Checks a draft against the policy. `activeOfType` is how many active environments of the chosen
 * type the maker already has (the cap). Every problem is reported at once, next to its field.
 */
export function checkDraft(policy: EnvironmentPolicy, draft: RequestDraft, activeOfType: (type: EnvironmentType) => number): DraftVerdict {
  const fields: DraftVerdict['texts'] = {};
  const displayName = str(draft.displayName);
  if (!displayName) fields.displayName = say('errors.environments.field.nameMissing');
  else if (displayName.length > MAX_NAME) fields.displayName = say('errors.environments.field.nameTooLong', { max: MAX_NAME });
  else if (!new RegExp(policy.naming.pattern).test(displayName)) fields.displayName = namingError(displayName, policy.naming.example);

  const typeText = str(draft.type);
  const type = ENVIRONMENT_TYPES.find((t) => t.toLowerCase() === typeText.toLowerCase());
  const allowed = allowedTypes(policy);
  if (!type || !allowed.includes(type)) fields.type = say('errors.environments.field.chooseOneOf', { options: allowed.join(', ') });
  else if (activeOfType(type) >= policy.types[type].maxActivePerMaker)
    fields.type = say('errors.environments.field.typeCap', { active: activeOfType(type), type, max: policy.types[type].maxActivePerMaker });

  const region = str(draft.region);
  if (!policy.regions.some((r) => r.value === region)) fields.region = say('errors.environments.field.chooseOneOf', { options: policy.regions.map((r) => r.label).join(', ') });

  const justification = str(draft.justification);
  const minimum = type ? justificationMinimum(policy, type) : policy.justification.minLength;
  if (justification.length < minimum) fields.justification = say(type === 'Production' ? 'errors.environments.field.justificationShortProduction' : 'errors.environments.field.justificationShort', { min: minimum, length: justification.length });
  else if (justification.length > MAX_JUSTIFICATION) fields.justification = say('errors.environments.field.justificationLong', { max: MAX_JUSTIFICATION });

  const dataverse = ['true', 'yes', '1', 'on'].includes(str(draft.dataverse).toLowerCase());
  let languageLcid: number | null = null;
  let currencyCode: string | null = null;
  if (dataverse) {
    languageLcid = wholeNumber(draft.languageLcid) ?? null;
    if (languageLcid === null || !policy.languages.some((l) => l.value === languageLcid)) fields.languageLcid = say('errors.environments.field.language');
    currencyCode = str(draft.currencyCode).toUpperCase() || null;
    if (!currencyCode || !policy.currencies.some((c) => c.value === currencyCode)) fields.currencyCode = say('errors.environments.field.currency');
  }

  const group = str(draft.securityGroupId);
  if (group && !GUID.test(group)) fields.securityGroupId = say('errors.environments.field.securityGroup');

  const classification = DATA_CLASSIFICATIONS.find((c) => c === str(draft.dataClassification).toLowerCase()) as DataClassification | undefined;
  if (!classification) fields.dataClassification = say('errors.environments.field.classification');

  const expectedUsers = wholeNumber(draft.expectedUsers);
  if (expectedUsers === undefined || expectedUsers < 1 || expectedUsers > 1_000_000) fields.expectedUsers = say('errors.environments.field.expectedUsers');

  let durationDays: number | null = null;
  if (type) {
    const rule = policy.types[type];
    if (rule.maxDurationDays !== null) {
      const asked = str(draft.durationDays) === '' ? rule.defaultDurationDays : wholeNumber(draft.durationDays);
      if (asked === undefined || asked === null || asked < 1 || asked > rule.maxDurationDays) fields.durationDays = say('errors.environments.field.duration', { type, max: rule.maxDurationDays });
      else durationDays = asked;
    }
  }

  const verdict = { fields: Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, render(text)])), texts: fields };
  if (Object.keys(fields).length || !type || !classification || expectedUsers === undefined) return verdict;
  return {
    ...verdict,
    input: { displayName, type, region, justification, dataverse, languageLcid, currencyCode, securityGroupId: group ? group.toLowerCase() : null, dataClassification: classification, expectedUsers, durationDays },
  };
}

/** The policy checks an accepted request passed, and whether a rule approves it: shown to the deciding admin. */
export function policyChecks(policy: EnvironmentPolicy, input: EnvironmentRequestInput, activeOfType: number): PolicyCheck[] {
  const rule = policy.types[input.type];
  const auto = autoApproveRule(policy, input);
  return [
    { id: 'naming', label: 'Naming convention', passed: true, detail: policy.naming.explanation },
    { id: 'type', label: 'Type allowed', passed: true, detail: `${input.type} is allowed.` },
    { id: 'region', label: 'Region allowed', passed: true, detail: policy.regions.find((r) => r.value === input.region)?.label ?? input.region },
    { id: 'cap', label: 'Within the maker’s cap', passed: true, detail: `${activeOfType} of ${rule.maxActivePerMaker} active ${input.type} environments before this one.` },
    { id: 'justification', label: 'Justification', passed: true, detail: `${input.justification.length} characters (at least ${justificationMinimum(policy, input.type)}).` },
    {
      id: 'auto-approve',
      label: 'Auto-approve rule',
      passed: auto !== undefined,
      detail: auto ? `Matches: ${auto.types.join('/')} with ${auto.classifications.join('/')} data.` : `No rule covers ${input.type} with ${input.dataClassification} data${input.expectedUsers > 1 ? ` for ${input.expectedUsers} users` : ''}: a CoE admin decides.`,
    },
  ];
}

/**
 * What is wrong with a name, without repeating the rule the field's hint already states word for
 * word: the name as typed, and one that fits to compare with.
 */
export function namingError(name: string, example: string): ErrorText {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return say('errors.environments.field.naming', { name: shown, example });
}
