import type * as Monitor from '@azure/monitor-opentelemetry';

/** What a running telemetry pipeline offers the process: flush and stop at shutdown. */
export interface Telemetry {
  shutdown(): Promise<void>;
}

/** The distro's two entry points (a type-only import: nothing is loaded until startTelemetry needs it). */
type Distro = Pick<typeof Monitor, 'useAzureMonitor' | 'shutdownAzureMonitor'>;

/**
 * Sends traces, metrics and logs to Azure Monitor through OpenTelemetry when an Application
 * Insights connection string is configured. Without one nothing is loaded or started: the distro
 * is imported only here, on demand, so the process, its modules and its timings stay as they were.
 * Call it before the app starts, so the HTTP and PostgreSQL instrumentations see every request.
 */
export async function startTelemetry(connectionString: string | undefined, load: () => Promise<Distro> = () => import('@azure/monitor-opentelemetry')): Promise<Telemetry | null> {
  if (!connectionString) return null;
  const distro = await load();
  distro.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    instrumentationOptions: {
      // Requests are spanned by src/telemetry/request-spans.ts (the app imports http before this runs).
      http: { enabled: false },
      postgreSql: { enabled: true },
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
  });
  return { shutdown: () => distro.shutdownAzureMonitor() };
}
