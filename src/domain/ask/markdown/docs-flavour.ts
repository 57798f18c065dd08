/**
 * Docs-site Markdown extensions (learn.microsoft.com and similar) that are not Markdown: include
 * directives whose targets are missing, `:::image:::` and `:::row:::` blocks, `> [!NOTE]` callout
 * markers and `> [!div]` wrappers. Left in, they show as noise in a card and pollute the index.
 */
export function stripDocsExtensions(markdown: string): string {
  return (
    markdown
      // [!INCLUDE[name](path)] lines: their targets were not ingested.
      .replace(/^[ \t>]*\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\][ \t]*$/gim, '')
      .replace(/\[!INCLUDE\s*\[[^\]]*\]\([^)]*\)\]/gi, '')
      // :::image ...::: and :::row::: / :::column::: block markers.
      .replace(/^[ \t]*:::image[\s\S]*?:::(?:image-end:::)?[ \t]*$/gim, '')
      .replace(/^[ \t]*:::[a-z-]+(?:[ \t][^\n]*)?:::[ \t]*$/gim, '')
      .replace(/^[ \t]*:::[a-z-]+(?:[ \t][^\n]*)?[ \t]*$/gim, '')
      // > [!div class="..."] wrappers carry no text.
      .replace(/^([ \t]*>[ \t]*)\[!div[^\]]*\][ \t]*$/gim, '')
      // > [!NOTE] / [!TIP] / [!IMPORTANT] → a bold label the card can show.
      .replace(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi, (_m, kind: string) => `**${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase()}:**`)
      // <!-- comments -->
      .replace(/<!--[\s\S]*?-->/g, '')
  );
}
