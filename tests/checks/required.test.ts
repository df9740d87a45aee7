/** Themes 7 and 8 checks on their fixtures (scripts, required elements), and the pure cross-page title check. */
import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';
import { titleRelevance } from '../../src/evaluate/checks/08-required/req-title-relevance.js';

const rows: Row[] = [
  // script-scope: scope of 7.1–7.5, 12.8.2, 13.1.3 and 13.2 (no script at all → NA)
  { file: 'script-scope/c', check: 'script-scope', criteria: { '7.1': 'NT', '7.5': 'NT', '13.2': 'NT' }, tests: { '12.8.2': 'NT', '13.1.3': 'NT' } },
  { file: 'script-scope/na', check: 'script-scope', applicable: 0, criteria: { '7.1': 'NA', '7.2': 'NA', '7.3': 'NA', '7.4': 'NA', '7.5': 'NA', '13.2': 'NA' }, tests: { '12.8.2': 'NA', '13.1.3': 'NA' } }, // JSON-LD only
  // A script that removed itself after adding a listener: only the listener shows it.
  { file: 'script-scope/nt-listener-removed', check: 'script-scope', applicable: 1, criteria: { '7.1': 'NT', '13.2': 'NT' }, tests: { '12.8.2': 'NT', '13.1.3': 'NT' } },
  // An inline handler other than the usual click or key events.
  { file: 'script-scope/nt-handler-attribute', check: 'script-scope', criteria: { '7.4': 'NT', '13.2': 'NT' } },
  // script-pointer-only: doubts on 7.1.1 and 7.3.1
  { file: 'script-pointer-only/c', check: 'script-pointer-only', failures: 0, doubts: false, criteria: { '7.3': 'NT' } },
  { file: 'script-pointer-only/nt', check: 'script-pointer-only', failures: 0, doubts: true, tests: { '7.3.1': 'NT', '7.1.1': 'NT' }, review: [{ test: '7.3.1', selector: '#div-click' }] },
  { file: 'script-pointer-only/na', check: 'script-pointer-only', failures: 0, applicable: 0, criteria: { '7.1': 'NA' } },
  // script-summary-name: a <summary> without a name is a doubt on 7.1.1 (a native <details> needs no script)
  { file: 'script-summary-name/c', check: 'script-summary-name', failures: 0, doubts: false, applicable: 2, tests: { '7.1.1': 'NT' } },
  { file: 'script-summary-name/nt', check: 'script-summary-name', failures: 0, doubts: true, tests: { '7.1.1': 'NT' }, review: [{ test: '7.1.1', selector: '#empty-summary' }] },
  { file: 'script-summary-name/na', check: 'script-summary-name', failures: 0, doubts: false, applicable: 0, tests: { '7.1.1': 'notNC' } },
  // req-doctype: 8.1.1–8.1.3 (auto: full); never NA (every page needs a doctype)
  { file: 'req-doctype/c', check: 'req-doctype', failures: 0, doubts: false, criteria: { '8.1': 'C' } },
  { file: 'req-doctype/c-html4', check: 'req-doctype', failures: 0, doubts: false, criteria: { '8.1': 'C', '9.2': 'NA' } },
  { file: 'req-doctype/nc', check: 'req-doctype', failures: 1, tests: { '8.1.1': 'NC', '8.1.2': 'NA', '8.1.3': 'NA' }, findings: [{ test: '8.1.1', selector: 'html', snippet: '<html' }] },
  { file: 'req-doctype/nc-invalid', check: 'req-doctype', failures: 1, tests: { '8.1.1': 'C', '8.1.2': 'NC', '8.1.3': 'C' }, findings: [{ test: '8.1.2', selector: 'html' }] },
  { file: 'req-doctype/nt', check: 'req-doctype', failures: 0, doubts: true, tests: { '8.1.2': 'NT' }, criteria: { '8.1': 'NT' } },
  // req-lang-default: 8.3.1 (auto: full); never NA
  { file: 'req-lang-default/c', check: 'req-lang-default', failures: 0, doubts: false, criteria: { '8.3': 'C', '8.4': 'NT' } },
  { file: 'req-lang-default/nc', check: 'req-lang-default', failures: 1, criteria: { '8.3': 'NC', '8.4': 'NA' }, findings: [{ test: '8.3.1', selector: 'html' }] },
  { file: 'req-lang-default/nt', check: 'req-lang-default', failures: 0, doubts: true, criteria: { '8.3': 'NT' } }, // lang on <body> only: accepted by the test, not a C
  // req-title: 8.5.1 (auto: full); never NA
  { file: 'req-title/c', check: 'req-title', failures: 0, criteria: { '8.5': 'C' } },
  { file: 'req-title/nc', check: 'req-title', failures: 1, criteria: { '8.5': 'NC', '8.6': 'NA' }, findings: [{ test: '8.5.1', snippet: '<title>' }] },
  { file: 'req-title/nc-missing', check: 'req-title', failures: 1, criteria: { '8.5': 'NC', '8.6': 'NA' }, findings: [{ test: '8.5.1', snippet: '<head' }] },
  // req-title-relevance (cross-page): 8.6.1
  { file: 'req-title-relevance/c', check: 'req-title-relevance', failures: 0, doubts: false, criteria: { '8.6': 'NT' } },
  { file: 'req-title-relevance/nc', check: 'req-title-relevance', failures: 1, criteria: { '8.6': 'NC' }, findings: [{ test: '8.6.1', snippet: 'React App' }] },
  { file: 'req-title-relevance/na', check: 'req-title-relevance', failures: 0, applicable: 0, criteria: { '8.6': 'NA' } },
  // req-valid-markup: 8.2.1; never NA
  { file: 'req-valid-markup/c', check: 'req-valid-markup', failures: 0, criteria: { '8.2': 'NT' } },
  { file: 'req-valid-markup/nc', check: 'req-valid-markup', failures: 3, criteria: { '8.2': 'NC' }, findings: [{ test: '8.2.1', snippet: 'id="dup"' }, { test: '8.2.1', selector: '#div-in-span' }, { test: '8.2.1', selector: '#button-in-link' }] },
  // req-parse-errors: 8.2.1 from the HTML as served (parse5's errors, rules/html-parse-errors.yaml); never NA
  { file: 'req-parse-errors/c', check: 'req-parse-errors', failures: 0, doubts: false, criteria: { '8.2': 'NT' } },
  { file: 'req-parse-errors/nc', check: 'req-parse-errors', failures: 3, criteria: { '8.2': 'NC' }, findings: [{ test: '8.2.1', selector: 'line 10', snippet: 'class="lead"' }, { test: '8.2.1', selector: 'line 11', snippet: '<i>' }, { test: '8.2.1', selector: 'line 12', snippet: 'alt=""title' }] },
  { file: 'req-parse-errors/nt', check: 'req-parse-errors', failures: 0, doubts: true, criteria: { '8.2': 'NT' }, review: [{ test: '8.2.1', selector: 'line 10', snippet: '&copy 2026' }] },
  // req-presentation-markup: 8.9.1; never NA
  { file: 'req-presentation-markup/c', check: 'req-presentation-markup', failures: 0, doubts: false, criteria: { '8.9': 'NT' } },
  { file: 'req-presentation-markup/nc', check: 'req-presentation-markup', failures: 2, criteria: { '8.9': 'NC' }, findings: [{ test: '8.9.1', selector: '#br-para' }, { test: '8.9.1', selector: '#p-spacer' }] },
  { file: 'req-presentation-markup/nt', check: 'req-presentation-markup', failures: 0, doubts: true, criteria: { '8.9': 'NT' }, review: [{ test: '8.9.1', selector: '#br-end' }] },
  // req-dir: 8.10.1, 8.10.2, scope of 8.10
  { file: 'req-dir/c', check: 'req-dir', failures: 0, doubts: false, criteria: { '8.10': 'C', '8.8': 'NT' } },
  { file: 'req-dir/nt-auto', check: 'req-dir', failures: 0, doubts: true, tests: { '8.10.1': 'NT', '8.10.2': 'NT' } },
  { file: 'req-dir/nt-irrelevant', check: 'req-dir', failures: 0, doubts: true, tests: { '8.10.1': 'C', '8.10.2': 'NT' }, criteria: { '8.10': 'NT' } },
  { file: 'req-dir/nc', check: 'req-dir', failures: 2, tests: { '8.10.1': 'NC', '8.10.2': 'NC' }, findings: [{ test: '8.10.1', selector: '#rtl-nodir' }, { test: '8.10.2', selector: '#dir-bad', snippet: 'dir="right"' }] },
  { file: 'req-dir/na', check: 'req-dir', failures: 0, applicable: 0, criteria: { '8.10': 'NA', '8.8': 'NA' } },
];

describe('themes 7–8 checks (scripts, required elements)', () => {
  const h = useHarness();
  runRows(h, rows);

  it('8.6: the same title on two pages with different first headings is NC on both; same heading is only a doubt', async () => {
    const base = 'checks/req-title-relevance/';
    const proc = await h.procedure([base + 'same-a.html', base + 'same-b.html', base + 'same-c.html']);
    expect(proc.criteria['8.6'].status).toBe('NC');
    const pages = Object.fromEntries(proc.pages.map((p) => [p.url.split('/').pop(), p]));
    expect(pages['same-a.html'].criteria['8.6'].status).toBe('NC');
    expect(pages['same-b.html'].criteria['8.6'].status).toBe('NC');
    expect(pages['same-b.html'].criteria['8.6'].findings[0].message).toContain('Démarches en ligne');
  });
});

describe('titleRelevance (pure)', () => {
  const page = (url: string, title: string | null, h1: string | null) => ({ url, facts: { title, titleContext: { h1, path: new URL(url).pathname } } });

  it('never says NC on a single page with a title of its own', () => {
    const r = titleRelevance([page('https://a.fr/', 'Accueil – Service X', 'Bienvenue')]);
    expect(r['https://a.fr/']).toEqual({ applicable: 1, failures: [], doubts: [] });
  });
  it('is out of scope without a title (8.5 reports it)', () => {
    expect(titleRelevance([page('https://a.fr/', null, 'x')])['https://a.fr/'].applicable).toBe(0);
  });
  it('fails framework placeholder titles, even on one page', () => {
    expect(titleRelevance([page('https://a.fr/', 'Vite + React', null)])['https://a.fr/'].failures).toHaveLength(1);
  });
  it('fails pages sharing a title when their first headings differ, and only doubts otherwise', () => {
    const r = titleRelevance([
      page('https://a.fr/1', 'Démarche', 'Étape 1'),
      page('https://a.fr/2', ' Démarche ', 'Étape 2'),
      page('https://a.fr/3', 'Démarche', null),
      page('https://a.fr/4', 'Autre titre', 'Étape 1'),
    ]);
    expect(r['https://a.fr/1'].failures).toHaveLength(1);
    expect(r['https://a.fr/2'].failures).toHaveLength(1);
    expect(r['https://a.fr/3'].failures).toHaveLength(0);
    expect(r['https://a.fr/3'].doubts).toHaveLength(1);
    expect(r['https://a.fr/4']).toEqual({ applicable: 1, failures: [], doubts: [] });
  });
});
