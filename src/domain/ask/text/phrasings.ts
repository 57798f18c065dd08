/**
 * How makers say a thing versus how the Power Platform documentation says it: verbs and phrasings
 * ("buy", "get it back", "turn off"), chat abbreviations the documents never define ("ppl", "GH",
 * "DCC") and shorthand. Written from the documentation's wording, not from the benchmark's errors
 * (issue #13, docs/benchmarks.md "Sixth session"). Each pattern is matched on the lower-cased
 * question, whole words; the replacement is plain words the analyzer turns into index terms.
 * Questions only, never documents, and asked as a separate query (expansion.ts phrasingTerms):
 * unlike vocabulary.ts RELATED, these words do not join the question's own query.
 */
const p = (source: string, replacement: string) => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), replacement });

export const MAKER_PHRASINGS: readonly { pattern: RegExp; replacement: string }[] = [
  // Verbs.
  p('buy(?:ing)?|bought|pay for|paying for', 'purchase'),
  p('get (?:it|them|that|this|my \\w+|our \\w+)? ?back|bring (?:it|them)? ?back|undo(?:ing)? (?:a |the )?delet\\w*|undelete\\w*', 'recover restore'),
  p('turn(?:ing|ed)? (?:it |them )?off|switch(?:ing|ed)? (?:it |them )?off|shut(?:ting)? (?:it |them )?(?:off|down)|kill', 'disable turn off'),
  p('turn(?:ing|ed)? (?:it |them )?on|switch(?:ing|ed)? (?:it |them )?on', 'enable turn on'),
  p('clean(?:ing)? (?:\\w+ )?up|clear(?:ing)? (?:\\w+ )?out|free(?:ing)? up', 'free delete cleanup'),
  p('hand(?:ing)? over|take over|transfer(?:ring)? ownership', 'change owner reassign'),
  p('left the (?:company|org|organi[sz]ation)|leavers?|left the business', 'orphaned owner left'),
  p('lock(?:ing)? down', 'restrict'),
  p('sign(?:ing)? up', 'trial signup'),
  p('maxed out|ran out of|running out of|run out of|hit the limit|reached the limit', 'exceed limit capacity'),
  p('who did what|audit trail|who changed', 'audit log'),
  p('list of (?:all|every)|all the (?:apps|flows)|every (?:app|flow|canvas app)', 'inventory'),
  p('vs\\.?|versus|difference between|differences between|compared? (?:to|with)', 'difference compare'),
  p('prereqs?|pre-reqs?', 'prerequisites'),
  // Tools and source control.
  p('git|repo|repos|repository|version control', 'source control'),
  p('gh actions|gh', 'github'),
  p('azdo|az devops|devops', 'azure devops'),
  p('ci/cd|ci cd|cicd', 'pipelines build deployment automated'),
  // Chat abbreviations the corpus never defines.
  p('ppl', 'people'),
  p('biz', 'business'),
  p('w/o', 'without'),
  p('payg', 'pay-as-you-go'),
  p('uat', 'test environment'),
  p('dcc', 'developer compliance center'),
  p('env vars?|env variables?', 'environment variable'),
  p('conn refs?|connection refs?', 'connection reference'),
  p('sp lists?', 'sharepoint list'),
  p('the kit|starter kit', 'coe starter kit'),
];

/** The question with every maker phrasing replaced by the documentation's words, and those words alone; undefined when none matched. */
export function rewriteMakerPhrasings(question: string): { replaced: string; added: string } | undefined {
  let replaced = question.toLowerCase();
  const added: string[] = [];
  for (const { pattern, replacement } of MAKER_PHRASINGS) {
    replaced = replaced.replace(pattern, () => {
      added.push(replacement);
      return ` ${replacement} `;
    });
  }
  return added.length ? { replaced, added: added.join(' ') } : undefined;
}
