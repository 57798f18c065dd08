import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Tokens, secrets and card inputs never reach the log: the paths below are
 * redacted wherever they appear, and handlers log ids and outcomes rather than payloads.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'maker-hub' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          'authorization',
          '*.password',
          '*.secret',
          '*.token',
          '*.access_token',
          '*.client_secret',
          'MicrosoftAppPassword',
          '*.MicrosoftAppPassword',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/**
 * Readable lines for a person watching a terminal (`npm run dev`, `npm start` at a prompt):
 * pino-pretty when `stream` is a terminal and this is not production. Undefined otherwise, so logs
 * stay JSON lines for log collectors and pipes, and where pino-pretty is not installed (it is a
 * development dependency; production images leave it out).
 */
export async function terminalDestination(env: string, stream: { isTTY?: boolean; fd: number } = process.stdout): Promise<pino.DestinationStream | undefined> {
  if (env === 'production' || !stream.isTTY) return undefined;
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ destination: stream.fd, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app', sync: true });
  } catch {
    return undefined;
  }
}
