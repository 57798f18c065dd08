import type { Command } from 'commander';
import { tableCsv } from '../../domain/insights/csv.js';
import { changePercent, headlineFigures, REPORT_TABLE_IDS, reportTables, type FigureUnit } from '../../domain/insights/tables.js';
import type { InsightsReport } from '../../domain/insights/types.js';
import { CliError, OPERATOR, withServices } from '../context.js';

const GAPS_PRINTED = 10;

function show(value: number | null, unit: FigureUnit): string {
  if (value === null) return '–';
  if (unit === 'ratio') return `${(value * 100).toFixed(1)} %`;
  if (unit === 'hours') return `${value} h`;
  return value.toLocaleString('en-US');
}

function change(value: number | null): string {
  if (value === null) return '';
  return `${value > 0 ? '+' : ''}${value} %`;
}

/** The headline figures as an aligned text table, then the top knowledge gaps. */
export function formatReport(report: InsightsReport): string {
  const rows = headlineFigures(report).map((h) => [h.section, h.figure, show(h.value.current, h.unit), show(h.value.previous, h.unit), change(changePercent(h.value))]);
  const header = ['Section', 'Figure', `${report.period.from} – ${report.period.to}`, `previous ${report.previous.days} days`, 'change'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [`Maker Hub report ${report.period.from} to ${report.period.to} (${report.period.days} days), compared with ${report.previous.from} to ${report.previous.to}`, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const gaps = report.ask.gaps.slice(0, GAPS_PRINTED);
  out.push('', gaps.length ? 'Knowledge gaps (most asked unanswered or not helpful):' : 'Knowledge gaps: none in this period.');
  for (const g of gaps) out.push(`  ${String(g.count).padStart(4)}×  ${g.example}${g.variants.length ? `  (+${g.variants.length} similar)` : ''}`);
  return out.join('\n');
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('Adoption figures for a period (the Insights dashboard), compared with the period before')
    .option('--from <YYYY-MM-DD>', 'first day (default: 30 days before --to)')
    .option('--to <YYYY-MM-DD>', 'last day, inclusive (default: today, UTC)')
    .option('--days <n>', 'the last n days ending today, instead of --from/--to')
    .option('--json', 'print the whole report as JSON')
    .option('--csv <table>', `print one table as CSV: ${REPORT_TABLE_IDS.join(', ')}`)
    .action(async (options: { from?: string; to?: string; days?: string; json?: boolean; csv?: string }) => {
      const days = options.days === undefined ? undefined : Number(options.days);
      if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new CliError('--days must be a whole number of days, 1 or more');
      if (options.csv && !(REPORT_TABLE_IDS as readonly string[]).includes(options.csv)) throw new CliError(`--csv: no table "${options.csv}"; tables: ${REPORT_TABLE_IDS.join(', ')}`);
      await withServices(async (services) => {
        const report = await services.insights.report(OPERATOR, { from: options.from, to: options.to, days });
        if (options.json) return console.log(JSON.stringify(report, null, 2));
        if (options.csv) return process.stdout.write(tableCsv(reportTables(report).find((t) => t.id === options.csv)!));
        console.log(formatReport(report));
      });
    });
}
