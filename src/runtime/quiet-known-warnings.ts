/**
 * restify 11 pulls in spdy → http-deceiver, which touches process.binding('http_parser') and makes
 * Node print DEP0111 on every start. It is harmless and not ours to fix; hiding exactly that one
 * warning keeps operators' consoles and logs free of noise while every other warning still shows.
 */
const original = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
  if (code === 'DEP0111') return;
  (original as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

/**
 * botbuilder's token check writes to console.error for every refused token ("Error finding key for
 * token. Available keys: <public key PEM>", and a TokenExpiredError with its stack). The bot
 * endpoint logs each refusal itself, structured and without the key; letting the library's copies
 * through would let anyone fill stderr by posting forged tokens.
 */
const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [first] = args;
  if (typeof first === 'string' && first.startsWith('Error finding key for token.')) return;
  if (first instanceof Error && first.name === 'TokenExpiredError') return;
  originalError(...args);
};
