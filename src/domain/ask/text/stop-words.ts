/**
 * Words that carry no topic in a maker's question. Standard English function words plus the
 * filler makers wrap questions in ("hi team, quick question, can anyone tell me how I …"), so a
 * long, chatty question is searched by the few words that matter. "Microsoft" is here too: every
 * document says it, so it only adds noise.
 */
const WORDS = `
a about above after again against all also am an and any anyone anybody anything are aren't as at
be because been before being below between both but by
can can't cannot could couldn't
did didn't do does doesn't doing don't down during
each either else etc ever every
few for from further
get gets getting got had hadn't has hasn't have haven't having he her here hers herself him himself his how
i i'd i'll i'm i've if in into is isn't it it's its itself
just know let let's like likely lot lots
me mean might mine more most much must my myself
need needs no nor not now
of off often on once one only or other our ours ourselves out over own
please pls plz possible probably
quick question questions
really anymore anyway ago nobody noone none nothing many
sorry asked wondering wonder go going couple bit little thing things stuff able
same she should shouldn't so some someone something somebody still such sure
tell than thank thanks thx that that's the their theirs them themselves then there there's these they
they're this those through to too
under until up us use used using
very
want wanted wants was wasn't way we we're were weren't what what's whats when where which while who
whom whose why will with won't would wouldn't
yes yet you you're your yours yourself
hi hello hey hallo dear team guys folks everyone all morning afternoon
anyone somebody kindly
actually basically currently exactly simply maybe perhaps
microsoft ms
`;

// Stored without apostrophes, the way the analyzer sees them ("don't" arrives as "dont").
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => w.replace(/'/g, '')));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
