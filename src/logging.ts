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
