/**
 * A small, predictable English stemmer (an "S-stemmer" plus -ing/-ed and a final-e rule). It only
 * has to map the forms makers and documents use for the same thing onto one key: "policies" and
 * "policy", "sharing", "shared" and "share", "licensing" and "license". A full Porter stemmer would
 * also conflate unrelated words ("general"/"generate"), which hurts more than it helps on short
 * technical questions.
 */
const KEEP_S = /(ss|us|is|os|ous)$/;
const VOWEL = /[aeiouy]/;
/** Consonants whose doubling is kept ("install", "access", "buzz"). */
const KEEP_DOUBLE = /(ll|ss|zz|ff)$/;

function undouble(stem: string): string {
  if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !KEEP_DOUBLE.test(stem) && !VOWEL.test(stem[stem.length - 1]!)) {
    return stem.slice(0, -1);
  }
  return stem;
}

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));

  // "share"/"shar(ing)", "license"/"licens(ed)": drop a final e so both land on the same key.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
