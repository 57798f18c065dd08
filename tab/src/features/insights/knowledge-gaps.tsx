import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { raisedSurface } from '../../components/surface';
import { useTranslation } from '../../lib/translation';
import { DownloadCsvButton } from './download-csv-button';
import { FaqEditorDialog, type FaqPrefill } from '../ask/admin/faq-editor-dialog';
import { createFaqEntry } from '../ask/admin/faq-api';
import { GapReasons } from './gap-reasons';
import { quoted } from './quoted';
import { formatInstant } from './format';
import type { DateRange } from './range';
import type { KnowledgeGap, ReportTable } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ...raisedSurface,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 280px', overflowWrap: 'anywhere' },
  // A badge is one line high; the question it quotes can be long (longer still in German) and wraps.
  longBadge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
});

export interface KnowledgeGapsProps {
  readonly gaps: readonly KnowledgeGap[];
  readonly table: ReportTable | undefined;
  readonly range: DateRange;
  readonly readOnly?: boolean;
}

function facts(gap: KnowledgeGap, t: TFunction): string {
  const parts = [t('insights.gaps.asked', { count: gap.count })];
  if (gap.unanswered > 0) parts.push(t('insights.gaps.unanswered', { count: gap.unanswered }));
  if (gap.notHelpful > 0) parts.push(t('insights.gaps.notHelpful', { count: gap.notHelpful }));
  parts.push(t('insights.gaps.last', { when: formatInstant(gap.lastAskedAt) }));
  return parts.join(' · ');
}

/**
 * The questions the knowledge base failed on most (unanswered or 👎), grouped by similarity. "Add
 * FAQ entry" opens the editor with the group's wordings, so closing a gap takes one answer.
 */
export function KnowledgeGaps({ gaps, table, range, readOnly = false }: KnowledgeGapsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const itemId = useId();
  const [editing, setEditing] = useState<{ key: string; prefill: FaqPrefill } | null>(null);
  // Handled in this view only: the gap itself stays in the data until makers stop hitting it.
  const [handled, setHandled] = useState<ReadonlyMap<string, string>>(new Map());
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <section className={styles.panel} aria-labelledby={headingId} data-table-id={table?.id}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {t('insights.gaps.title')}
        </Subtitle2>
        {!readOnly && table !== undefined && <DownloadCsvButton tableId={table.id} range={range} describedBy={headingId} />}
      </div>
      <Caption1 as="p" className={styles.muted}>
        {t('insights.gaps.description')}
      </Caption1>
      <div role="status">
        {saved !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{t('insights.gaps.added', { question: saved })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {gaps.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t('insights.gaps.none')}
        </Body1>
      ) : (
        <ol className={styles.list} aria-labelledby={headingId}>
          {gaps.map((gap, i) => {
            const done = handled.get(gap.key);
            return (
              <li key={gap.key} className={styles.item}>
                <div className={styles.text}>
                  <Text weight="semibold" id={`${itemId}-${i}`}>
                    {t('insights.quote', { text: gap.example })}
                  </Text>
                  <Caption1 className={styles.muted}>{facts(gap, t)}</Caption1>
                  {gap.variants.length > 0 && <Caption1 className={styles.muted}>{t('insights.gaps.alsoAsked', { list: quoted(gap.variants, t) })}</Caption1>}
                  <GapReasons gap={gap} />
                </div>
                {done !== undefined ? (
                  <Badge appearance="tint" color="success" icon={<CheckmarkCircleRegular />}>
                    {t('insights.gaps.entryAdded')}
                  </Badge>
                ) : gap.answeredNowBy !== null ? (
                  // Added since the questions were asked: the knowledge base answers this wording today.
                  <Badge appearance="tint" color="success" icon={<CheckmarkCircleRegular />} className={styles.longBadge}>
                    {t('insights.gaps.answeredNow', { question: gap.answeredNowBy })}
                  </Badge>
                ) : (
                  !readOnly && (
                    <Button
                      size="small"
                      icon={<AddRegular />}
                      aria-describedby={`${itemId}-${i}`}
                      onClick={() => {
                        setSaved(null);
                        setEditing({ key: gap.key, prefill: { question: gap.example, alternates: gap.variants } });
                      }}
                    >
                      {t('insights.gaps.addEntry')}
                    </Button>
                  )
                )}
              </li>
            );
          })}
        </ol>
      )}
      <FaqEditorDialog
        prefill={editing?.prefill ?? null}
        onClose={() => setEditing(null)}
        save={createFaqEntry}
        onSaved={(entry) => {
          if (editing !== null) setHandled((m) => new Map(m).set(editing.key, entry.id));
          setSaved(entry.question);
          setEditing(null);
        }}
      />
    </section>
  );
}
