import { Badge, Body1, Caption1, Checkbox, Link, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { TrainingModule } from './api';
import { formatDuration } from './labels';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  next: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  numberDone: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  icon: { verticalAlign: 'middle', marginLeft: tokens.spacingHorizontalXXS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface ModuleRowProps {
  readonly module: TrainingModule;
  readonly index: number;
  readonly isNext: boolean;
  readonly busy: boolean;
  readonly onToggle: (done: boolean) => void;
  /** The module's link was followed (it counts as started). */
  readonly onOpen?: () => void;
}

/** One module of a path: number, title linking to the content, kind and length, and its done box. */
export function ModuleRow({ module, index, isNext, busy, onToggle, onOpen }: ModuleRowProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const done = module.done === true;
  return (
    <div id={`module-${module.id}`} className={mergeClasses(styles.row, isNext && styles.next)}>
      <span className={mergeClasses(styles.number, done && styles.numberDone)} aria-hidden="true">
        {done ? '✓' : index + 1}
      </span>
      <div className={styles.text}>
        <Subtitle2 as="h3" className={styles.title}>
          <Link href={module.url} target="_blank" rel="noopener noreferrer" onClick={onOpen}>
            {module.title}
            <OpenRegular className={styles.icon} aria-hidden="true" />
            <span className={styles.hidden}> {t('training.module.opensInNewTab')}</span>
          </Link>
        </Subtitle2>
        <div className={styles.meta}>
          <Badge appearance="tint" color={module.kind === 'lab' ? 'important' : 'informative'}>
            {t(`training.kind.${module.kind}`)}
          </Badge>
          <Caption1>{formatDuration(module.minutes, t)}</Caption1>
          {isNext && (
            <Badge appearance="filled" color="brand">
              {t('training.module.upNext')}
            </Badge>
          )}
          {module.started === true && !done && (
            <Badge appearance="outline" color="informative">
              Started
            </Badge>
          )}
        </div>
        {module.description !== '' && (
          <Body1 as="p" className={styles.description}>
            {module.description}
          </Body1>
        )}
      </div>
      <Checkbox checked={done} disabled={busy} label={t('training.module.done')} aria-label={t('training.module.markDone', { module: module.title })} onChange={(_e, data) => onToggle(data.checked === true)} />
    </div>
  );
}
