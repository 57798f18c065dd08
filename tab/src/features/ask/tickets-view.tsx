import { Button, Field, makeStyles, Select, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ChatMultipleRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useApi } from '../../lib/use-api';
import { askApi } from './api';
import { stateFilterLabels } from './format';
import { TicketCard } from './ticket-card';
import { ticketStates, type TicketState, type TicketView } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '180px' },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

const empty = {
  mine: ['No questions for the experts yet', 'When the knowledge base is not enough and you press "Ask an expert", your question appears here with its state and, once there is one, the expert\'s answer.'],
  all: ['No tickets', 'Questions makers hand to the experts appear here, from the bot and from this page.'],
  filtered: ['No tickets in this state', 'Pick another state, or all states.'],
} as const;

function newer(loaded: TicketView, changed: TicketView | undefined): TicketView {
  return changed !== undefined && changed.version >= loaded.version ? changed : loaded;
}

/**
 * A list of tickets: the person's own ("mine"), or every ticket for experts and CoE admins ("all",
 * filterable by state, with the actions). Actions update the ticket in place; Refresh reloads.
 */
export function TicketsView({ scope }: { readonly scope: 'mine' | 'all' }) {
  const styles = useStyles();
  const headingId = useId();
  const [state, setState] = useState<TicketState | ''>('');
  const data = useApi((client, signal) => askApi.tickets(client, scope, state, signal), [scope, state]);
  // Tickets changed here since the list loaded; the newer version of each wins (a reload may be newer still).
  const [changed, setChanged] = useState<ReadonlyMap<string, TicketView>>(new Map());
  const tickets = data.status === 'success' ? data.data.tickets.map((t) => newer(t, changed.get(t.id))) : [];
  const replace = (ticket: TicketView) => setChanged((m) => new Map(m).set(ticket.id, ticket));
  const kind = state !== '' ? 'filtered' : scope;
  const count = tickets.length === 1 ? '1 ticket' : `${tickets.length} tickets`;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {scope === 'mine' ? 'Your questions for the experts' : 'All tickets'}
          {data.status === 'success' ? ` (${count})` : ''}
        </Subtitle1>
        <div className={styles.tools}>
          {scope === 'all' && (
            <Field label="State" className={styles.filter}>
              <Select value={state} onChange={(_e, d) => setState(d.value as TicketState | '')}>
                <option value="">All states</option>
                {ticketStates.map((s) => (
                  <option key={s} value={s}>
                    {stateFilterLabels[s]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button icon={<ArrowClockwiseRegular />} onClick={data.retry} disabled={data.status === 'loading'}>
            Refresh
          </Button>
        </div>
      </div>
      <div aria-live="polite">
        {data.status === 'loading' && <LoadingState label="Loading tickets…" />}
        {data.status === 'error' && <ErrorState title="We couldn't load the tickets" error={data.error} onRetry={data.retry} />}
        {data.status === 'success' && tickets.length === 0 && (
          <EmptyState icon={<ChatMultipleRegular />} title={empty[kind][0]}>
            {empty[kind][1]}
          </EmptyState>
        )}
        {data.status === 'success' && tickets.length > 0 && (
          <ul className={styles.list} aria-label={scope === 'mine' ? 'Your tickets' : 'Tickets'}>
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
