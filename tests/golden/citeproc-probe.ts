import CSL from 'citeproc';
import { createRequire } from 'node:module';

/**
 * Reads CSL-JSON the way every citeproc-based tool (Zotero, Pandoc, Mendeley) does: the citeproc-js engine
 * formats each item through a probe style that prints title | authors | date | URL, so a test can check what a
 * consumer gets without going through citation-js, which wrote the file.
 */
const PROBE_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
<info><title>probe</title><id>probe</id><updated>2024-01-01T00:00:00+00:00</updated></info>
<citation><layout><text variable="title"/></layout></citation>
<bibliography><layout><group delimiter=" | ">
<text variable="title"/>
<names variable="author"><name delimiter="; "/></names>
<date variable="issued"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date>
<text variable="URL"/>
</group></layout></bibliography></style>`;

// Terms only (et al., "and"): locale data, not a formatter.
const EN_US =
  (createRequire(import.meta.url)('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>)[
    'en-US'
  ] ?? '';

export function citeprocProbe(items: { id: string }[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveLocale: () => EN_US, retrieveItem: (id) => byId.get(id) },
    PROBE_STYLE,
  );
  (engine as unknown as { setOutputFormat(format: string): void }).setOutputFormat('text');
  engine.updateItems([...byId.keys()]);
  return engine.makeBibliography()[1].map((line) => line.trim());
}
