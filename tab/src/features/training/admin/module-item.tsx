import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from '../../../lib/translation';
import type { AdminModule, AdminPath } from '../api';
import { formatDuration } from '../labels';
import { ModuleForm } from './module-form';
import { useReturnFocus } from './use-return-focus';

const useStyles = makeStyles({
  item: { padding: `${tokens.spacingVerticalXS} 0`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 240px' },
  muted: { color: tokens.colorNeutralForeground2 },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface ModuleItemProps {
  readonly path: AdminPath;
  readonly module: AdminModule;
  readonly index: number;
  /** Another change to the path is being saved: moving and retiring wait. */
  readonly busy: boolean;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onRetire: () => void;
  readonly onChanged: (path: AdminPath) => void;
}

/** One module in the Admin page's list: move, edit (in place), retire or restore it. */
export function ModuleItem({ path, module: m, index, busy, onMove, onRetire, onChanged }: ModuleItemProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus(editing);
  const retired = m.retiredAt !== null;

  if (editing) {
    return (
      <li className={styles.item}>
        <ModuleForm
          path={path}
          module={m}
          onSaved={(changed) => {
            setEditing(false);
            onChanged(changed);
          }}
          onReloaded={onChanged}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className={mergeClasses(styles.item, styles.row)}>
      <div className={styles.text}>
        <span>
          {index + 1}. {m.title} {retired && <Badge appearance="outline">{t('training.admin.retired')}</Badge>}
        </span>
        <Caption1 className={styles.muted}>
          {t(`training.kind.${m.kind}`)} · {formatDuration(m.minutes, t)}
        </Caption1>
      </div>
      <div className={styles.tools}>
        <Button size="small" icon={<ArrowUpRegular />} aria-label={t('training.admin.moveUp', { title: m.title })} disabled={busy || index === 0} onClick={() => onMove(-1)} />
        <Button size="small" icon={<ArrowDownRegular />} aria-label={t('training.admin.moveDown', { title: m.title })} disabled={busy || index === path.modules.length - 1} onClick={() => onMove(1)} />
        <Button size="small" ref={editButton} aria-label={t('training.admin.editItem', { title: m.title })} onClick={() => setEditing(true)}>
          {t('training.admin.edit')}
        </Button>
        <Button size="small" disabled={busy} aria-label={t(retired ? 'training.admin.restoreItem' : 'training.admin.retireItem', { title: m.title })} onClick={onRetire}>
          {retired ? t('training.admin.restore') : t('training.admin.retire')}
        </Button>
      </div>
    </li>
  );
}
