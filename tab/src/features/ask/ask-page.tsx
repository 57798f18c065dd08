import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useLocation } from '../../lib/router';
import { useMe } from '../../app/session/session-context';
import { Page } from '../../components/page';
import { AskView } from './ask-view';
import { MyQuestionsView } from './my-questions-view';
import { TicketsView } from './tickets-view';
import { useAsk } from './use-ask';
import { useAskFromLink } from './use-ask-from-link';
import { useTranslation } from '../../lib/translation';

type View = 'ask' | 'mine' | 'all';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** True for experts and CoE admins: they answer tickets (the server checks again on every call). */
function useIsExpert(): boolean {
  const { roles } = useMe();
  return roles.includes('expert') || roles.includes('coe-admin');
}

/** `?view=mine|all` opens that view (links from cards and messages); anything else opens Ask. */
function initialView(search: string, expert: boolean): View {
  const view = new URLSearchParams(search).get('view');
  if (view === 'mine' || (view === 'all' && expert)) return view;
  return 'ask';
}

/**
 * Ask: the knowledge base's answers, the person's questions for the experts and, for experts and
 * CoE admins, every ticket with its actions. The Ask view's state lives here, so moving between
 * the views keeps what was typed and the answer on screen.
 */
export function AskPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const expert = useIsExpert();
  const location = useLocation();
  const [view, setView] = useState<View>(() => initialView(location.search, expert));
  const ask = useAsk();
  useAskFromLink(ask, location.search);
  const baseId = useId();
  const tabId = (v: View) => `${baseId}-tab-${v}`;

  return (
    <Page title={t('ask.title')} description={t('ask.description')}>
      <TabList selectedValue={view} onTabSelect={(_e, d) => setView(d.value as View)} aria-label={t('ask.views.label')}>
        <Tab id={tabId('ask')} value="ask">
          {t('ask.views.ask')}
        </Tab>
        <Tab id={tabId('mine')} value="mine">
          {t('ask.views.mine')}
        </Tab>
        {expert && (
          <Tab id={tabId('all')} value="all">
            {t('ask.views.all')}
          </Tab>
        )}
      </TabList>
      <div role="tabpanel" aria-labelledby={tabId(view)} className={styles.panel}>
        {view === 'ask' && <AskView ask={ask} onShowTickets={() => setView('mine')} />}
        {view === 'mine' && <MyQuestionsView />}
        {view === 'all' && <TicketsView key="all" scope="all" />}
      </div>
    </Page>
  );
}
