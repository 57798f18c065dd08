import type { Command } from 'commander';
import { summarize, type DeliveryReport } from '../../domain/delivery/batches.js';
import { OPERATOR, withServices } from '../context.js';

function seconds(ms: number | null): string {
  return ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`;
}

/** The report as an operator reads it. */
export function formatReport(r: DeliveryReport): string {
  const lines = [
    `batch     ${r.batch.id}`,
    `kind      ${r.batch.kind}`,
    `title     ${r.batch.title}`,
    `created   ${r.batch.createdAt}${r.batch.createdBy ? ` by ${r.batch.createdBy}` : ''}`,
    ...(r.batch.cancelledAt ? [`cancelled ${r.batch.cancelledAt}${r.batch.cancelledBy ? ` by ${r.batch.cancelledBy}` : ''}`] : []),
    `status    ${r.finished ? 'finished' : 'in progress'} — ${r.total} messages: ${summarize(r)}${r.scheduled ? ` (${r.scheduled} scheduled for later)` : ''}`,
    `timing    first queued ${r.firstQueuedAt ?? '-'}, first sent ${r.firstSentAt ?? '-'}, last sent ${r.lastSentAt ?? '-'}, elapsed ${seconds(r.elapsedMs)}`,
    `attempts  ${r.attempts}${r.inDoubtFound || r.inDoubtResent ? ` (after a crash: ${r.inDoubtFound} found already posted, ${r.inDoubtResent} resent unverified)` : ''}`,
  ];
  if (r.problems.length) {
    lines.push('problems');
    for (const p of r.problems) lines.push(`  ${String(p.count).padStart(6)} ${p.state.padEnd(11)} ${p.reason}`);
  }
  return lines.join('\n');
}

export function registerDeliveriesCommands(program: Command): void {
  const deliveries = program.command('deliveries').description('Delivery reports of proactive messages: list batches, show one, cancel what is still queued');

  deliveries
    .command('list')
    .description('Recent batches (announcements, reminder runs) with their counts, newest first')
    .option('--limit <n>', 'how many', '20')
    .option('--kind <kind>', 'only batches of this kind (e.g. event-announcement)')
    .option('--json', 'print JSON')
    .action(async (options: { limit: string; kind?: string; json?: boolean }) => {
      await withServices(async (services) => {
        const limit = Number.parseInt(options.limit, 10);
        const reports = await services.delivery.listBatches(OPERATOR, { limit: Number.isFinite(limit) ? limit : 20, kind: options.kind });
        if (options.json) return console.log(JSON.stringify(reports));
        if (!reports.length) return console.log('no delivery batches yet');
        for (const r of reports)
          console.log(`${r.batch.createdAt.slice(0, 16).replace('T', ' ')}  ${r.batch.id}  [${r.batch.kind}] ${r.batch.title} — ${r.finished ? 'finished' : 'in progress'}: ${summarize(r)}`);
      });
    });

  deliveries
    .command('show <batchId>')
    .description("One batch's delivery report: counts by state, timings, the most frequent problems")
    .option('--json', 'print JSON')
    .action(async (batchId: string, options: { json?: boolean }) => {
      await withServices(async (services) => {
        const report = await services.delivery.report(OPERATOR, batchId);
        console.log(options.json ? JSON.stringify(report) : formatReport(report));
      });
    });

  deliveries
    .command('cancel <batchId>')
    .description('Cancel a batch: messages still queued are not sent (messages on their way finish)')
    .action(async (batchId: string) => {
      await withServices(async (services) => {
        const report = await services.delivery.cancelBatch({ actor: OPERATOR }, batchId);
        console.log(`cancelled ${batchId}: ${summarize(report)}`);
      });
    });
}
