/**
 * What a person does in the tab, in the words of the browser suites: open a page as someone (the
 * development sign-in's `devUser`) in a theme, wait for the page's heading, ask a question on the
 * Ask page and wait for its grade. The suites' own setup is `tabSession`; this is what they do with it.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { Person } from './activities.js';
import type { OpenOptions, TabSession } from './tab-session.js';

export type Theme = 'light' | 'dark' | 'contrast';

export interface Visit extends OpenOptions {
  /** Who signs in (development sign-in); absent or null: the development identity, the first CoE admin. */
  readonly person?: Person | null;
  readonly theme?: Theme;
}

/** `pathAndQuery` with the theme and the person the development sign-in takes from the address. */
export function visitAddress(pathAndQuery: string, { person, theme = 'light' }: Pick<Visit, 'person' | 'theme'> = {}): string {
  const query = new URLSearchParams({ theme, ...(person ? { devUser: person.aadObjectId } : {}) });
  return `${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}${query.toString()}`;
}

/** Opens the tab at `pathAndQuery` as `visit.person` in `visit.theme`, in a browser context of its own. */
export function openAs(session: TabSession, pathAndQuery: string, visit: Visit = {}): Promise<Page> {
  const { person, theme, ...open } = visit;
  // The name travels as a header: the development sign-in shows it as the person's display name.
  const headers = person ? { ...open.headers, 'x-dev-user-name': person.name } : open.headers;
  return session.open(visitAddress(pathAndQuery, { person, theme }), { ...open, ...(headers ? { headers } : {}) });
}

/** Waits for the page's main heading, as a person waits for a page to load. */
export const waitForHeading = (page: Page | Frame, text: string | RegExp) => page.locator('main h1').filter({ hasText: text }).waitFor({ timeout: 30_000 });

/** How far the page scrolls sideways (0 when nothing overflows). */
export const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** The Ask page's box, button and echo of the question in each language the tab speaks. */
const ASK_WORDS = {
  en: { box: 'Your question', button: 'Ask', asked: 'You asked: ' },
  de: { box: 'Ihre Frage', button: 'Fragen', asked: 'Ihre Frage: ' },
} as const;

export interface AskOptions {
  /** The answer region's name, i.e. the grade expected ("Answer", "These look closest:"); any region when absent. */
  readonly grade?: string | RegExp;
  readonly language?: keyof typeof ASK_WORDS;
}

/** Asks `question` on the Ask page and waits until the answer's region repeats it; returns that region. */
export async function askQuestion(page: Page | Frame, question: string, { grade, language = 'en' }: AskOptions = {}): Promise<Locator> {
  const words = ASK_WORDS[language];
  await page.getByRole('searchbox', { name: words.box }).fill(question);
  await page.getByRole('button', { name: words.button, exact: true }).click();
  const region = grade === undefined ? page.getByRole('region') : page.getByRole('region', { name: grade });
  await region.getByText(`${words.asked}${question}`).waitFor();
  return region;
}
