/**
 * The command menu's titles in each language the manifest is localised to (manifest/<lang>.json),
 * mapped to the English title the command router understands. Teams sends the title a person
 * picks from the menu as the message text, in the client's language, so "Veranstaltungen" must
 * do what "events" does. tests/i18n/localised-commands.test.ts keeps this in step with the manifest.
 */
export const LOCALISED_COMMAND_TITLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {
    hilfe: 'help',
    fragen: 'ask',
    'umgebung anfordern': 'request environment',
    'meine anfragen': 'my requests',
    'erfolgsgeschichte teilen': 'share a story',
    'meine erfolgsgeschichten': 'my stories',
    veranstaltungen: 'events',
    schulung: 'training',
  },
};

const TITLES = new Map<string, string>(Object.values(LOCALISED_COMMAND_TITLES).flatMap((titles) => Object.entries(titles)));

/**
 * The English form of a normalised message that starts with a localised menu title: the whole
 * title ("meine anfragen" → "my requests"), or the title followed by the rest ("fragen wie teile
 * ich eine app" → "ask wie teile ich eine app"). Anything else comes back unchanged.
 */
export function toEnglishCommand(normalised: string): string {
  const whole = TITLES.get(normalised);
  if (whole) return whole;
  for (const [title, english] of TITLES) {
    if (normalised.startsWith(`${title} `)) return `${english}${normalised.slice(title.length)}`;
  }
  return normalised;
}
