/**
 * Teams deep links to the app's static tabs, and the sub-entity that opens one item on a tab.
 * Built here and read here (the tab imports `itemOfSubPage`), so a card's link and the page that
 * opens it cannot drift apart.
 */

/** The items a deep link can open on their tab's page. */
export type DeepLinkItem = { kind: 'event' | 'story'; id: string };

/** The one sub-entity scheme: `<kind>:<id>` ("event:…", "story:…"). */
export const subEntityIdOf = (item: DeepLinkItem): string => `${item.kind}:${item.id}`;

/** `https://teams.microsoft.com/l/entity/<app>/<tab>?label=…[&context={"subEntityId":…}]` */
export function teamsDeepLink(appId: string, entityId: string, label: string, item?: DeepLinkItem): string {
  const base = `https://teams.microsoft.com/l/entity/${appId}/${entityId}?label=${encodeURIComponent(label)}`;
  return item ? `${base}&context=${encodeURIComponent(JSON.stringify({ subEntityId: subEntityIdOf(item) }))}` : base;
}

/**
 * The item id a tab's sub-page names, or undefined when it names none of this kind. Story links
 * sent before the one scheme carried the bare story id; cards holding them still open the story.
 */
export function itemOfSubPage(subPageId: string | undefined, kind: DeepLinkItem['kind']): string | undefined {
  if (!subPageId) return undefined;
  const prefix = `${kind}:`;
  if (subPageId.startsWith(prefix)) return subPageId.slice(prefix.length) || undefined;
  return kind === 'story' && !subPageId.includes(':') ? subPageId : undefined;
}
