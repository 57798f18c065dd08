import { logs, SeverityNumber, type AnyValueMap } from '@opentelemetry/api-logs';

/** pino's numeric levels as OpenTelemetry severities. */
const SEVERITY: Record<number, [SeverityNumber, string]> = {
  10: [SeverityNumber.TRACE, 'TRACE'],
  20: [SeverityNumber.DEBUG, 'DEBUG'],
  30: [SeverityNumber.INFO, 'INFO'],
  40: [SeverityNumber.WARN, 'WARN'],
  50: [SeverityNumber.ERROR, 'ERROR'],
  60: [SeverityNumber.FATAL, 'FATAL'],
};

/**
 * A pino destination that writes every line where it went before (stdout, which App Service keeps)
 * and also emits it as an OpenTelemetry log record, so logs reach Azure Monitor next to the traces
 * of the same request. Lines are pino's JSON, already redacted.
 */
export function teeToOpenTelemetry(next: { write(line: string): unknown }): { write(line: string): void } {
  const otel = logs.getLogger('maker-hub');
  return {
    write(line: string) {
      next.write(line);
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      const { level, msg, time, app: _app, ...rest } = record;
      const [severityNumber, severityText] = SEVERITY[Number(level)] ?? [SeverityNumber.INFO, 'INFO'];
      otel.emit({ severityNumber, severityText, body: typeof msg === 'string' ? msg : '', attributes: flatten(rest), timestamp: typeof time === 'string' ? new Date(time) : undefined });
    },
  };
}

/** Log attributes must be primitives: nested objects (an error, a request) become JSON text. */
function flatten(fields: Record<string, unknown>): AnyValueMap {
  const out: AnyValueMap = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value === null || ['string', 'number', 'boolean'].includes(typeof value) ? (value as string) : JSON.stringify(value);
  }
  return out;
}
