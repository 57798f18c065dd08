import assert from 'node:assert/strict';
import { linkResolver } from '../../src/domain/ask/answer.js';
import { parseDocument } from '../../src/domain/ask/document-parser.js';
import { cleanTitle, parseFrontMatter } from '../../src/domain/ask/markdown/front-matter.js';
import { toTeamsMarkdown } from '../../src/domain/ask/markdown/render.js';

const DOC = [
  '\uFEFF---',
  'title: "Sandbox environments | MicrosoftDocs"',
  'description: Manage sandbox environments.',
  '---',
  '# Manage sandbox environments',
  '',
  'A sandbox is a non-production environment.',
  '',
  '[!INCLUDE[cc-beta](../includes/cc-beta.md)]',
  '',
  '## Reset a sandbox',
  '',
  '> [!NOTE]',
  '> Only sandboxes can be reset.',
  '',
  '```powershell',
  '# not a heading: a comment in a code block',
  'Reset-Environment',
  '```',
  '',
  '### From the admin center',
  '',
  '1. Select **Environments**.',
  '2. See [Create an environment](create-environment.md#steps).',
  '',
  '![Screenshot.](media/reset.png)',
  '',
  '## Empty heading',
  '## Copy a sandbox',
  '',
  '| Option | Copies |',
  '|---|---|',
  '| Everything | data and customizations |',
].join('\r\n');

describe('ask: reading Markdown documents', () => {
  it('when a file has a BOM, CRLF endings and front matter, then title and description come from the front matter', () => {
    const doc = parseDocument('admin/sandbox-environments.md', DOC);
    assert.equal(doc.title, 'Sandbox environments', 'site suffix removed');
    assert.equal(doc.description, 'Manage sandbox environments.');
  });

  it('when a document has headings, then each section is citable by its heading, code-block # lines stay inside, empty headings are skipped', () => {
    const { sections } = parseDocument('admin/sandbox-environments.md', DOC);
    assert.deepEqual(
      sections.map((s) => [s.heading, s.level, s.anchor]),
      [
        [null, 0, null],
        ['Reset a sandbox', 2, 'reset-a-sandbox'],
        ['From the admin center', 3, 'from-the-admin-center'],
        ['Copy a sandbox', 2, 'copy-a-sandbox'],
      ],
    );
    assert.deepEqual(sections[2]!.parents, ['Reset a sandbox'], 'an H3 knows its H2');
    assert.match(sections[1]!.markdown, /Reset-Environment/);
    assert.doesNotMatch(sections[0]!.markdown, /INCLUDE/, 'include directives are dropped');
  });

  it('when a section is rendered for Teams, then callouts, lists, links and tables survive and images do not', () => {
    const { sections } = parseDocument('admin/sandbox-environments.md', DOC, { baseUrl: 'https://learn.microsoft.com/power-platform/' });
    const reset = toTeamsMarkdown(sections[1]!.markdown);
    assert.match(reset, /\*\*Note:\*\*/);
    const steps = toTeamsMarkdown(sections[2]!.markdown, linkResolver({ linkBase: 'https://learn.microsoft.com/power-platform/admin/sandbox-environments' }));
    assert.match(steps, /^1\. Select \*\*Environments\*\*\.\n2\. See \[Create an environment\]\(https:\/\/learn\.microsoft\.com\/power-platform\/admin\/create-environment#steps\)/m);
    assert.doesNotMatch(steps, /media\/reset\.png|Screenshot/);
    assert.match(toTeamsMarkdown(sections[3]!.markdown), /\*\*Option — Copies\*\*\n- Everything — data and customizations/);
  });

  it('when a document has no base URL, then relative links become plain text (no broken links in cards)', () => {
    const { sections } = parseDocument('a.md', DOC);
    assert.match(toTeamsMarkdown(sections[2]!.markdown, linkResolver({ linkBase: null })), /See Create an environment\./);
  });

  it('when front matter is broken, then the document is kept and the problem reported', () => {
    const parsed = parseFrontMatter('---\ntitle: [unclosed\n---\n# Title\n\nText');
    assert.match(parsed.problem ?? '', /not valid YAML/);
    assert.equal(parseDocument('x/broken-file.md', '---\ntitle: [unclosed\n---\n# From the heading\n\nText').title, 'From the heading');
    assert.equal(parseDocument('x/no-title_here.md', 'Just text.').title, 'No title here');
  });

  it('when titles carry site names, then the person-readable part is kept', () => {
    assert.equal(cleanTitle('Establishing a DLP strategy - Microsoft Power Platform | MicrosoftDocs'), 'Establishing a DLP strategy');
    assert.equal(cleanTitle('Plan license allocations (contains video)'), 'Plan license allocations');
  });
});
