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
import { useTranslation } from '../../lib/translation';
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

// Their words are config.events and config.stories in the catalogue.
const choices: readonly ChannelTabPage[] = ['events', 'stories'];

function isChannelTabPage(value: string): value is ChannelTabPage {
  return choices.some((choice) => choice === value);
}

/**
 * The channel tab's configuration page, shown in Teams' "add a tab" dialog: the team picks what
 * the tab shows. Outside Teams it only shows the choice (nothing to save to).
 */
export function ConfigPage() {
  const styles = useStyles();
  const host = useTeamsHost();
  const { t } = useTranslation();
  const [page, setPage] = useState<ChannelTabPage>('events');
  // Teams calls the save handler long after registration: it reads the latest choice from here.
  const pageRef = useRef(page);
  useEffect(() => {
    pageRef.current = page;
  }, [page]);
  useDocumentTitle(t('config.documentTitle'));

  useEffect(() => {
    if (!host.inTeams) return;
    // The tab's name in the channel is in the language of whoever adds it, as Teams' own tabs are.
    const current = () => channelTabConfig(pageRef.current, window.location.origin, t(`config.${pageRef.current}.label`));
    connectChannelTabConfig(current, t('config.saveFailed')).catch((error: unknown) => {
      // Opened in Teams but not as a configuration page (e.g. a deep link): nothing to connect.
      console.warn('Maker Hub: channel tab configuration is not available here', error);
    });
  }, [host, t]);

  return (
    <main className={styles.main}>
      <Title3 as="h1" className={styles.text}>
        {t('config.heading')}
      </Title3>
      <Body1 as="p" className={styles.description}>
        {t('config.description')}
      </Body1>
      <Field label={t('config.shows')}>
        <RadioGroup
          value={page}
          onChange={(_event, data) => {
            if (isChannelTabPage(data.value)) setPage(data.value);
          }}
        >
          {choices.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              label={
                <span className={styles.choiceLabel}>
                  <Text weight="semibold">{t(`config.${choice}.label`)}</Text>
                  <Caption1 className={styles.choiceHint}>{t(`config.${choice}.hint`)}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      {!host.inTeams && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('config.outsideTeams')}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
