/**
 * Chromium (and Node) list zones under ICU's older names, so "Kathmandu" or "Kyiv" would not be
 * found and the common "Asia/Kolkata" would be missing. These are the renamed ones people search for.
 */
const CURRENT_NAME: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** The current IANA name, when the runtime accepts it (an older one may not); otherwise the name as given. */
export function currentZoneName(zone: string): string {
  const renamed = CURRENT_NAME[zone];
  if (!renamed) return zone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: renamed });
    return renamed;
  } catch {
    return zone;
  }
}
