import { Button, Field, makeStyles, Select, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ChatMultipleRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useApi } from '../../lib/use-api';
import { askApi } from './api';
import { TicketCard } from './ticket-card';
import { ticketStates, type TicketState, type TicketView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '180px' },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

function newer(loaded: TicketView, changed: TicketView | undefined): TicketView {
  return changed !== undefined && changed.version >= loaded.version ? changed : loaded;
}

/**
 * A list of tickets: the person's own ("mine"), or every ticket for experts and CoE admins ("all",
 * filterable by state, with the actions). Actions update the ticket in place; Refresh reloads.
 */
export function TicketsView({ scope }: { readonly scope: 'mine' | 'all' }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const [state, setState] = useState<TicketState | ''>('');
  const data = useApi((client, signal) => askApi.tickets(client, scope, state, signal), [scope, state]);
  // Tickets changed here since the list loaded; the newer version of each wins (a reload may be newer still).
  const [changed, setChanged] = useState<ReadonlyMap<string, TicketView>>(new Map());
  const tickets = data.status === 'success' ? data.data.tickets.map((t) => newer(t, changed.get(t.id))) : [];
  const replace = (ticket: TicketView) => setChanged((m) => new Map(m).set(ticket.id, ticket));
  const kind = state !== '' ? 'filtered' : scope;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t(`tickets.list.heading.${scope}`)}
          {data.status === 'success' ? ` ${t('tickets.list.count', { count: tickets.length })}` : ''}
        </Subtitle1>
        <div className={styles.tools}>
          {scope === 'all' && (
            <Field label={t('tickets.list.state')} className={styles.filter}>
              <Select value={state} onChange={(_e, d) => setState(d.value as TicketState | '')}>
                <option value="">{t('tickets.list.allStates')}</option>
                {ticketStates.map((s) => (
                  <option key={s} value={s}>
                    {t(`tickets.stateFilter.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button icon={<ArrowClockwiseRegular />} onClick={data.retry} disabled={data.status === 'loading'}>
            {t('tickets.list.refresh')}
          </Button>
        </div>
      </div>
      <div aria-live="polite">
        {data.status === 'loading' && <LoadingState label={t('tickets.list.loading')} />}
        {data.status === 'error' && <ErrorState title={t('tickets.list.failed')} error={data.error} onRetry={data.retry} />}
        {data.status === 'success' && tickets.length === 0 && (
          <EmptyState icon={<ChatMultipleRegular />} title={t(`tickets.list.empty.${kind}.title`)}>
            {t(`tickets.list.empty.${kind}.body`)}
          </EmptyState>
        )}
        {data.status === 'success' && tickets.length > 0 && (
          <ul className={styles.list} aria-label={t(`tickets.list.label.${scope}`)}>
            {tickets.map((t) => (
              <li key={t.id}>
                <TicketCard ticket={t} manage={scope === 'all'} onChanged={replace} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
