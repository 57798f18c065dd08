import { Combobox, makeStyles, Option, OptionGroup, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation';
import { currentZoneName } from './time-zone-names';

/** Where most CoE events are held, offered first; the admin's own zone leads the list. */
const COMMON = ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney'];
const useStyles = makeStyles({
  // The list is portalled outside the provider's styled element: without this, group labels fall back to a serif font.
  listbox: { fontFamily: tokens.fontFamilyBase, maxHeight: '60vh' },
});

/** A typed search shows this many matches at most, so the list stays quick to read and to render. */
const MAX_MATCHES = 60;

/** Every IANA zone the browser knows, with the one the form started with kept even if unknown. */
function allZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...all.map(currentZoneName)])];
}

/** "Europe/Berlin" is found by "berlin", "europe ber" or "Europe/Berlin"; underscores read as spaces. */
function matches(zone: string, query: string): boolean {
  const hay = zone.toLowerCase().replace(/_/g, ' ');
  return query.toLowerCase().split(/[\s/]+/).filter(Boolean).every((word) => hay.includes(word));
}

/**
 * The event's time zone: a searchable list, the admin's zone and the common ones first. Only a
 * zone picked from the list is taken; typing alone changes nothing (the server checks it again).
 */
export function TimeZonePicker({ value, ownZone, onChange, invalid }: { readonly value: string; readonly ownZone: string; readonly onChange: (zone: string) => void; readonly invalid: boolean }) {
  // Computed once: the zones the browser knows do not change, and later picks are among them.
  const styles = useStyles();
  const { t } = useTranslation();
  const zones = useMemo(() => allZones(value), []);
  const [query, setQuery] = useState<string | undefined>();
  const common = [...new Set([ownZone, ...COMMON])].filter((z) => zones.includes(z));
  const searching = query !== undefined && query.trim() !== '' && query !== value;
  const found = searching ? zones.filter((z) => matches(z, query)).slice(0, MAX_MATCHES) : [];
  return (
    <Combobox
      value={query ?? value}
      selectedOptions={[value]}
      aria-invalid={invalid || undefined}
      placeholder={t('events.admin.timeZone.placeholder')}
      listbox={{ className: styles.listbox }}
      onChange={(e) => setQuery(e.target.value)}
      onOptionSelect={(_e, d) => {
        // Fluent also calls this, without a value, when typed text stops matching the picked option:
        // that is no pick, and resetting the query there would throw away every key typed.
        if (!d.optionValue) return;
        onChange(d.optionValue);
        setQuery(undefined);
      }}
      onBlur={() => setQuery(undefined)}
    >
      {searching ? (
        found.length > 0 ? (
          found.map((z) => <Option key={z} value={z}>{z}</Option>)
        ) : (
          <Option key="none" value="" disabled text={t('events.admin.timeZone.none', { query })}>
            {t('events.admin.timeZone.none', { query })}
          </Option>
        )
      ) : (
        <>
          <OptionGroup label={t('events.admin.timeZone.common')}>
            {common.map((z) => (
              <Option key={`c-${z}`} value={z} text={z}>
                {z === ownZone ? t('events.admin.timeZone.yours', { zone: z }) : z}
              </Option>
            ))}
          </OptionGroup>
          <OptionGroup label={t('events.admin.timeZone.all')}>
            {zones.filter((z) => !common.includes(z)).map((z) => <Option key={z} value={z}>{z}</Option>)}
          </OptionGroup>
        </>
      )}
    </Combobox>
  );
}
