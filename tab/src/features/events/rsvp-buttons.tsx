import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DismissCircleRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from '../../lib/translation';
import type { RsvpResponse, Standing } from './api';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const OPTIONS: Array<{ response: RsvpResponse; icon: ReactElement; mine: Standing[] }> = [
  { response: 'going', icon: <CheckmarkCircleRegular />, mine: ['going', 'waitlisted'] },
  { response: 'maybe', icon: <QuestionCircleRegular />, mine: ['maybe'] },
  { response: 'not-going', icon: <DismissCircleRegular />, mine: ['not-going'] },
];

export interface RsvpButtonsProps {
  readonly standing: Standing | null;
  readonly disabled: boolean;
  readonly onAnswer: (response: RsvpResponse) => void;
}

/** Going / Maybe / Can't go as toggle buttons; the current answer is pressed (aria-pressed). */
export function RsvpButtons({ standing, disabled, onAnswer }: RsvpButtonsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.group} role="group" aria-label={t('events.yourAnswer')}>
      {OPTIONS.map((o) => {
        const pressed = standing !== null && o.mine.includes(standing);
        return (
          <ToggleButton key={o.response} checked={pressed} icon={o.icon} appearance={pressed ? 'primary' : 'secondary'} disabled={disabled} onClick={() => onAnswer(o.response)}>
            {t(`events.standing.${o.response}`)}
          </ToggleButton>
        );
      })}
    </div>
  );
}
