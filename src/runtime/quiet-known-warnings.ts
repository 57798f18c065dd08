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
