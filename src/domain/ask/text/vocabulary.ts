/**
 * The Power Platform vocabulary layer: how makers write a thing versus how documents write it.
 *
 * Two kinds of rules:
 * - CANONICAL rewrites run on both the indexed text and the question, so "PA", "MS Flow" and
 *   "Power Automate" become one token, "CDS" and "Common Data Service" become "dataverse", and a
 *   2022 document saying "Power Virtual Agents" matches a maker asking about "Copilot Studio".
 *   Multi-word product names become one token on purpose: "power" alone means nothing here.
 * - RELATED terms are added to a question only, at a lower weight: "flow" also looks for Power
 *   Automate, "restore" also for "recover". They widen recall without outranking exact words.
 *
 * Order matters: longer and more specific phrases come before the words they contain.
 */
export interface Rewrite {
  pattern: RegExp;
  replacement: string;
}

const rule = (source: string, replacement: string): Rewrite => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), replacement });

export const CANONICAL: readonly Rewrite[] = [
  // British spellings and common misspellings of the words that matter most.
  rule('licen[cs]e?s?|lisen[cs]es?|licsenses?', 'license'),
  rule('licen[cs]ing', 'licensing'),
  rule('organi[sz]ations?|orgs?', 'organization'),
  rule('cent(?:er|re)s? of excellence|coe', 'coe'),
  // British -ise/-yse spellings of words the documents spell with -ize/-yze (a list, not a rule:
  // "enterprise", "premise" and "expertise" must stay as they are).
  {
    pattern: /\b(organi|prioriti|customi|authori|recogni|optimi|standardi|centrali|visuali|summari|initiali|synchroni|minimi|maximi|utili|categori|normali|personali|moderni)s(e|es|ed|ing|ation|ations)\b/g,
    replacement: '$1z$2',
  },
  rule('analys(e|es|ed|ing)', 'analyz$1'),
  rule('white ?list(?:ed|ing)?|allow ?list(?:ed|ing)?|safe ?list(?:ed)?', 'allowlist'),
  rule('s2s|server[- ]to[- ]server', 'application user'),
  // Products and their old names (docs from 2022 say "Power Virtual Agents", makers say "Copilot Studio").
  rule('power automate desktop|pad|rpa|robotic process automation', 'desktop flow'),
  rule('power ?apps? portals?|power ?pages', 'powerpages'),
  rule('power ?automate|ms ?flow|microsoft flow|pa', 'powerautomate'),
  rule('power ?apps?', 'powerapps'),
  rule('power ?bi|pbi', 'powerbi'),
  rule('copilot ?studio|power virtual agents?|virtual agents?|pva|chat ?bots?', 'copilotstudio'),
  rule('pac ?cli|power ?platform cli|pac', 'paccli'),
  rule('ppac|(?:power ?platform )?admin cent(?:er|re)', 'admincenter'),
  rule('power ?platform|pp', 'powerplatform'),
  rule('common data service|common data model|cds|cdm|dataverse|dv', 'dataverse'),
  rule('data ?loss ?prevention|dlp', 'dlp'),
  rule('data (polic(?:y|ies))', 'dlp $1'),
  rule('application lifecycle management|app lifecycle management|alm', 'alm'),
  rule('azure (?:ad|active directory)|aad|entra(?: id)?', 'entra'),
  rule('(?:microsoft|office) 365|o365|m365', 'm365'),
  rule('share ?point(?: online)?|spo', 'sharepoint'),
  rule('service principals?|spn', 'serviceprincipal'),
  rule('managed environments?', 'managedenvironment'),
  rule('model[- ]driven|mda', 'modeldriven'),
  rule('business process flows?|bpf', 'businessprocessflow'),
  rule('(?:power apps )?component framework|pcf', 'pcf'),
  rule('on[- ]?prem(?:ises)?(?: data)? gateways?|opdg', 'onpremisesgateway'),
  rule('azure devops|ado', 'azuredevops'),
  rule('microsoft teams|ms ?teams|teams', 'msteams'),
  // Everyday abbreviations.
  rule('envs?|environments?|enviroments?|enviornments?', 'environment'),
  rule('dev', 'developer'),
  rule('prod', 'production'),
  rule('perms?|permissions?', 'permission'),
  rule('creds', 'credentials'),
  rule('db', 'database'),
  rule('sec(?:urity)? groups?', 'securitygroup'),
  rule('sign[- ]?in|log[- ]?in|logon', 'signin'),
  rule('api ?limits?|requests? limits?|throttl(?:ing|ed)', 'requestlimit'),
];

/**
 * Extra terms for a question (never for documents) and their weight. Written in plain words; the
 * analyzer turns keys and values into index terms (canonical, stemmed) when it loads.
 */
export const RELATED: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  flow: [['power automate', 0.5]],
  'power automate': [['flow', 0.5]],
  app: [['power apps', 0.4]],
  bot: [['copilot studio', 0.6]],
  restore: [['recover', 0.6], ['backup', 0.5]],
  recover: [['restore', 0.6]],
  undelete: [['recover', 0.8], ['restore', 0.6]],
  delete: [['remove', 0.5]],
  remove: [['delete', 0.5]],
  cost: [['price', 0.5], ['license', 0.5]],
  price: [['license', 0.5], ['cost', 0.5]],
  pay: [['license', 0.4], ['billing', 0.5]],
  storage: [['capacity', 0.6]],
  capacity: [['storage', 0.6]],
  space: [['storage', 0.6], ['capacity', 0.5]],
  access: [['permission', 0.5], ['security role', 0.4]],
  permission: [['access', 0.5], ['security role', 0.5]],
  error: [['troubleshoot', 0.5], ['issue', 0.4]],
  broken: [['troubleshoot', 0.5], ['issue', 0.4]],
  fail: [['troubleshoot', 0.5], ['error', 0.4]],
  move: [['migrate', 0.5], ['deploy', 0.4], ['export', 0.4], ['import', 0.4]],
  deploy: [['deployment', 0.6], ['pipeline', 0.4]],
  promote: [['deploy', 0.5]],
  block: [['restrict', 0.5], ['prevent', 0.4]],
  restrict: [['block', 0.5], ['limit', 0.4]],
  admin: [['administrator', 0.6]],
  maker: [['citizen', 0.4]],
  citizen: [['maker', 0.5]],
  train: [['training', 0.6], ['learn', 0.5]],
  learn: [['training', 0.6]],
  support: [['help', 0.4]],
  help: [['support', 0.5]],
  region: [['geo', 0.5], ['datacenter', 0.5]],
  expire: [['expiration', 0.6]],
  extend: [['extension', 0.6]],
  quota: [['capacity', 0.5], ['request limits', 0.5]],
  audit: [['log', 0.4], ['logging', 0.4]],
  usage: [['analytics', 0.5]],
  report: [['analytics', 0.4], ['dashboard', 0.4]],
  dashboard: [['power bi', 0.4], ['report', 0.4]],
  see: [['view', 0.6]],
  unused: [['inactive', 0.6], ['inactivity', 0.5]],
  stop: [['disable', 0.6], ['prevent', 0.5], ['block', 0.4]],
  'set up': [['establish', 0.4]],
  cleanup: [['delete', 0.4]],
};

/** Applies the canonical rewrites to lower-cased text. */
export function canonicalize(lowerText: string): string {
  let text = lowerText;
  for (const { pattern, replacement } of CANONICAL) text = text.replace(pattern, replacement);
  return text;
}
