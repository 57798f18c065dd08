/**
 * Names people read for the Power Platform (BAP) locations a request stores ("unitedstates").
 * Cards and the tab show these; the policy's own labels name the choices on the form. A location
 * not listed here (a new one) shows as stored rather than not at all.
 */
const REGION_LABEL: Readonly<Record<string, string>> = {
  unitedstates: 'United States',
  europe: 'Europe',
  unitedkingdom: 'United Kingdom',
  asia: 'Asia',
  australia: 'Australia',
  india: 'India',
  japan: 'Japan',
  canada: 'Canada',
  southamerica: 'South America',
  france: 'France',
  germany: 'Germany',
  switzerland: 'Switzerland',
  norway: 'Norway',
  korea: 'Korea',
  unitedarabemirates: 'United Arab Emirates',
  southafrica: 'South Africa',
  singapore: 'Singapore',
  sweden: 'Sweden',
  italy: 'Italy',
  poland: 'Poland',
  spain: 'Spain',
  unitedstatesfirstrelease: 'United States (first release)',
  usgov: 'US Government (GCC)',
};

export function regionLabel(value: string): string {
  return REGION_LABEL[value] ?? value;
}
