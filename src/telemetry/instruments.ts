import { SpanStatusCode, context, metrics, trace, type Attributes, type Context } from '@opentelemetry/api';

/**
 * Maker Hub's own spans and metrics. Through the OpenTelemetry API they cost nothing until a
 * telemetry pipeline is registered (src/telemetry/azure-monitor.ts): without one, the API hands
 * out no-op tracers and meters.
 */
const tracer = () => trace.getTracer('maker-hub');
const meter = () => metrics.getMeter('maker-hub');

/** Runs `work` inside a span named `name` (under `parent`, else the active span); an error marks the span failed and is rethrown. */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>, parent: Context = context.active()): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

let instruments: { sql: ReturnType<ReturnType<typeof meter>['createHistogram']>; deliveries: ReturnType<ReturnType<typeof meter>['createCounter']>; throttled: ReturnType<ReturnType<typeof meter>['createCounter']> } | undefined;

/** Created on first use, after a pipeline may have been registered. */
function get() {
  instruments ??= {
    sql: meter().createHistogram('maker_hub.sql.duration', { unit: 'ms', description: 'Time of one SQL statement' }),
    deliveries: meter().createCounter('maker_hub.delivery.calls', { description: 'Bot Connector calls of the delivery engine, by outcome' }),
    throttled: meter().createCounter('maker_hub.delivery.throttled', { description: 'Bot Connector calls answered 429 (Teams throttling)' }),
  };
  return instruments;
}

/** One SQL statement's duration, by statement kind (select, insert, …). */
export function recordSql(kind: string, ms: number, failed: boolean): void {
  get().sql.record(ms, { 'db.operation': kind, failed });
}

/** One delivery call's outcome; throttling is also counted on its own. */
export function recordDeliveryCall(operation: string, outcome: 'ok' | 'failed', status: number | null): void {
  get().deliveries.add(1, { operation, outcome, ...(status ? { 'http.status_code': status } : {}) });
  if (status === 429) get().throttled.add(1, { operation });
}
