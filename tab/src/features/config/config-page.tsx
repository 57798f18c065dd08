import {
  Body1,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTeamsHost } from '../../app/host-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { channelTabConfig, connectChannelTabConfig, type ChannelTabPage } from './channel-tab-config';

const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    maxWidth: '640px',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  text: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  choiceLabel: { display: 'flex', flexDirection: 'column' },
  choiceHint: { color: tokens.colorNeutralForeground3 },
});

const choices: ReadonlyArray<{ page: ChannelTabPage; label: string; hint: string }> = [
  { page: 'events', label: 'Events', hint: 'Upcoming community events, with RSVPs.' },
  { page: 'stories', label: 'Stories', hint: "The community's success stories." },
];

function isChannelTabPage(value: string): value is ChannelTabPage {
  return choices.some((choice) => choice.page === value);
}

function labelOf(page: ChannelTabPage): string {
  return choices.find((choice) => choice.page === page)?.label ?? 'Maker Hub';
}

/**
 * The channel tab's configuration page, shown in Teams' "add a tab" dialog: the team picks what
 * the tab shows. Outside Teams it only shows the choice (nothing to save to).
 */
export function ConfigPage() {
  const styles = useStyles();
  const host = useTeamsHost();
  const [page, setPage] = useState<ChannelTabPage>('events');
  // Teams calls the save handler long after registration: it reads the latest choice from here.
  const pageRef = useRef(page);
  useEffect(() => {
    pageRef.current = page;
  }, [page]);
  useDocumentTitle('Set up the tab');

  useEffect(() => {
    if (!host.inTeams) return;
    const current = () => channelTabConfig(pageRef.current, window.location.origin, labelOf(pageRef.current));
    connectChannelTabConfig(current).catch((error: unknown) => {
      // Opened in Teams but not as a configuration page (e.g. a deep link): nothing to connect.
      console.warn('Maker Hub: channel tab configuration is not available here', error);
    });
  }, [host]);

  return (
    <main className={styles.main}>
      <Title3 as="h1" className={styles.text}>
        Add Maker Hub to this channel
      </Title3>
      <Body1 as="p" className={styles.description}>
        Choose what the tab shows to everyone in the channel. You can add Maker Hub again to show
        the other one too.
      </Body1>
      <Field label="The tab shows">
        <RadioGroup
          value={page}
          onChange={(_event, data) => {
            if (isChannelTabPage(data.value)) setPage(data.value);
          }}
        >
          {choices.map((choice) => (
            <Radio
              key={choice.page}
              value={choice.page}
              label={
                <span className={styles.choiceLabel}>
                  <Text weight="semibold">{choice.label}</Text>
                  <Caption1 className={styles.choiceHint}>{choice.hint}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      {!host.inTeams && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            To add the tab, open this page from a Teams channel: choose + (Add a tab), then Maker
            Hub.
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
