/**
 * A Markdown summary for pull-request comments and the GitHub step summary: the rate with its
 * denominator, the counts, the verdict, and the NC findings in tables. Everything that comes
 * from a page is escaped: no HTML, no Markdown syntax, no table break, no @mention.
 */
import { appendFileSync } from 'node:fs';
import type { AuditReport, RuleSet } from '../model/types.js';
import { compareWithBaseline, type ProcedureComparison } from './baseline.js';
import { declaredPct, pctL, t, type Lang } from './i18n.js';
import { boundsValue, criteriaById, criteriaWith, criterionTitle, findingsOf, framesNotExamined, framesNoteParams, gateSentence, groupFindings, localVerdict, notAuditedText, pageLabel, pagePath, pagesAuditedCount, rateLine, stateLabel, toCheckTexts } from './view.js';
import type { Gate } from '../aggregate/gate.js';

/**
 * Text made inert for GitHub-flavoured Markdown, on one line: `&`, `<`, `>` as entities (no
 * raw HTML), every ASCII punctuation that Markdown reads backslash-escaped (`*`, `_`, `` ` ``,
 * `[`, `]`, `|`, `#`…), line breaks folded to spaces, and a word joiner after `@` and `#` so
 * that page text cannot mention people or link issues.
 */
export function escapeMarkdown(s: string | null | undefined, max = 300): string {
  if (s == null) return '';
  // eslint-disable-next-line no-control-regex -- line breaks and control characters from a page are folded: the text stays on one line
  let x = String(s).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (x.length > max) x = x.slice(0, max - 1) + '…';
  return x
    .replace(/[\\`*_{}[\]()#+\-.!|~"'=:$^]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([@#])/g, '$1\u2060');
}

export interface MarkdownOptions {
  rules: RuleSet;
  threshold: number;
  lang: Lang;
  baseline?: AuditReport;
  gate?: Gate;
  /** A JSON report is written in the same run: findings left out say where they are. */
  jsonWritten?: boolean;
  /** Groups of findings listed per NC criterion (the rest is counted). */
  maxFindings?: number;
  /** Rough cap of the text, under GitHub's 65 536 characters for a comment. */
  maxChars?: number;
}

const cellSep = ' | ';
function row(cells: string[]): string {
  return `| ${cells.join(cellSep)} |`;
}

export function renderMarkdown(report: AuditReport, o: MarkdownOptions): string {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p);
  const max = o.maxFindings ?? 5;
  const maxChars = o.maxChars ?? 60_000;
  const byId = criteriaById(o.rules);
  const cmp = o.baseline ? compareWithBaseline(report, o.baseline) : null;
  const out: string[] = [];
  out.push(`## ${T('mdTitle')} — rgaa-audit ${escapeMarkdown(report.tool.version, 40)}`, '');
  out.push(`RGAA ${report.rgaaVersion} · axe-core ${escapeMarkdown(report.axeVersion, 40)}`, '');
  let omitted = 0;
  for (const p of report.procedures) {
    const r = p.rate;
    const n = pagesAuditedCount(p);
    const v = localVerdict(p, lang);
    const gate = gateSentence(p, o.threshold, o.gate ?? 'measured', lang);
    out.push(`### ${escapeMarkdown(T('procedureHeading', { name: p.name }), 200)}`, '');
    out.push(row([T('summary'), '']), row(['---', '---']));
    out.push(row([escapeMarkdown(T('rateMeasured')), `**${escapeMarkdown(rateLine(p, lang))}**`]));
    out.push(row([escapeMarkdown(T('rateBounds')), escapeMarkdown(boundsValue(r, lang))]));
    if (r.average != null) out.push(row([escapeMarkdown(T('rateAverage')), escapeMarkdown(pctL(r.average, lang))]));
    out.push(row([escapeMarkdown(T('counts')), `C ${r.C} · NC ${r.NC} · NA ${r.NA} · NT ${r.NT}`]));
    out.push(row([escapeMarkdown(T('threshold')), `${gate.passed ? '✅' : '❌'} ${escapeMarkdown(gate.text)}`]));
    out.push(row([escapeMarkdown(T('pages')), escapeMarkdown(T('pagesAudited', { ok: n.ok, total: n.total }))]));
    const decl = p.declaration?.declaration;
    if (p.declaration) {
      const mention = p.declaration.mentions[0];
      out.push(row([escapeMarkdown(T('mentionText')), mention ? escapeMarkdown(`« ${mention.text} » (${stateLabel(mention.state)})`, 120) : escapeMarkdown(T('noMention'))]));
      out.push(
        row([
          escapeMarkdown(T('declaration')),
          decl
            ? escapeMarkdown(`${stateLabel(decl.state)} · ${declaredPct(decl.rate, lang)} · ${decl.updatedOn ?? decl.establishedOn ?? decl.auditDate ?? T('dash')} · ${pagePath(decl.url)}`, 200)
            : escapeMarkdown(T('noDeclaration', { n: p.declaration.searched.length })),
        ]),
      );
    }
    if (v) out.push(row([escapeMarkdown(T('verdictHeading')), `**${escapeMarkdown(v.value)}** ${escapeMarkdown(`(${T('verdictMethodValue', { method: v.method })})`)}`]));
    if (p.error) out.push(row([escapeMarkdown(T('procedureError')), escapeMarkdown(p.error, 200)]));
    out.push('');
    if (v) {
      out.push(`**${escapeMarkdown(T('reasons'))}**`, '');
      for (const x of v.reasons) out.push(`- ${escapeMarkdown(x, 300)}`);
      out.push('');
      if (v.contradictions.length) {
        out.push(`**${escapeMarkdown(T('contradictions'))}**`, '');
        for (const x of v.contradictions) out.push(`- ⚠️ ${escapeMarkdown(x, 300)}`);
        out.push('');
      }
    }
    const toCheck = toCheckTexts(p, lang);
    if (toCheck.length) {
      out.push(`**${escapeMarkdown(T('toCheck'))}**`, '');
      for (const x of toCheck) out.push(`- 🔎 ${escapeMarkdown(x, 300)}`);
      out.push('');
    }
    const diff = cmp?.procedures.find((x) => x.id === p.id);
    if (diff) out.push(...baselineMd(diff, lang), '');
    const failed = p.pages.filter((x) => x.error);
    if (failed.length) {
      for (const pg of failed) out.push(`- ❌ ${escapeMarkdown(pg.url, 200)} — ${escapeMarkdown(pg.error, 200)}`);
      out.push('');
    }
    const nc = criteriaWith(p, 'NC');
    out.push(`#### ${escapeMarkdown(T('mdNcHeading'))} (${nc.length})`, '');
    if (!nc.length) out.push(escapeMarkdown(notAuditedText(p, lang) ?? T('noNonConformity')), '');
    else {
      out.push(row([T('criterion'), T('test'), T('page'), T('selector'), T('message'), T('snippet')].map((x) => escapeMarkdown(x))), row(['---', '---', '---', '---', '---', '---']));
      // One row per group of findings that share one cause: its pages, its elements, what to fix.
      const more = (n: number) => escapeMarkdown(T(o.jsonWritten ? 'moreInJson' : 'moreNotShown', { n }));
      const list = (xs: string[], n: number) => xs.slice(0, n).join(', ') + (xs.length > n ? ', …' : '');
      for (const id of nc) {
        const rule = byId.get(id);
        const findings = findingsOf(p, id);
        const groups = groupFindings(findings);
        const label = rule ? `[${id}](${rule.url}) ${escapeMarkdown(criterionTitle(rule, lang), 80)}` : escapeMarkdown(id);
        const shown = out.join('\n').length > maxChars ? [] : groups.slice(0, max);
        omitted += groups.slice(shown.length).reduce((n, g) => n + g.count, 0);
        if (!shown.length) out.push(row([label, '', '', '', '', escapeMarkdown((findings.length === 1 ? T('findingCountOne') : T('findingCount', { n: findings.length })))]));
        for (const g of shown) {
          const pages = list(g.pages.map((u) => pageLabel(p, u)), 3);
          const selectors = list(g.elements.map((e) => e.selector), 3);
          // On one line: axe's « Fix any of the following: » then its checks, separated.
          const fix = g.text.split('\n').map((l) => l.trim()).filter(Boolean).reduce((acc, l) => (acc ? `${acc}${/:\s*$/.test(acc) ? ' ' : ' · '}${l}` : l), '');
          const text = `${fix} (${T('groupElements', { n: g.elements.length })})`;
          out.push(row([label, escapeMarkdown(g.test, 12), escapeMarkdown(pages, 160), escapeMarkdown(selectors, 200), escapeMarkdown(text, 400), escapeMarkdown(g.elements[0]?.snippet, 160)]));
        }
        if (shown.length && groups.length > shown.length) out.push(row([label, '', '', '', '', more(groups.slice(shown.length).reduce((n, g) => n + g.elements.length, 0))]));
      }
      out.push('');
    }
    const frames = framesNotExamined(p);
    out.push(`_${escapeMarkdown(T('rateBoundsNote'))} ${escapeMarkdown(T('ntNote', { nt: r.NT }))}${frames.length ? ` ${escapeMarkdown(T('framesNote', framesNoteParams(frames)))}` : ''}_`, '');
  }
  if (omitted > 0) out.push(escapeMarkdown(T('mdTruncated', { n: omitted })), '');
  out.push(`_${escapeMarkdown(T('measuredNote'))}_`, '');
  return out.join('\n');
}

function baselineMd(d: ProcedureComparison, lang: Lang): string[] {
  const T = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p);
  const out = [`**${escapeMarkdown(T('baseTitle'))}** — ${d.failed ? '❌' : '✅'} ${escapeMarkdown(d.failed ? T('baseFail') : T('basePass'))}`, ''];
  if (d.inBaseline) out.push(`- ${escapeMarkdown(T('baseRate', { before: pctL(d.rateBefore, lang), after: pctL(d.rateAfter, lang) }))}`);
  else out.push(`- ${escapeMarkdown(T('baseNotInBaseline'))}`);
  if (d.newNC.length) out.push(`- ${escapeMarkdown(T('baseNewNC', { list: d.newNC.join(', ') }))}`);
  if (d.newFindings.length) {
    out.push(`- ${escapeMarkdown(T('baseNewFindings', { n: d.newFindings.length }))}`);
    for (const f of d.newFindings.slice(0, 10)) out.push(`  - ${escapeMarkdown(`${f.test} ${f.selector} ${f.page}`, 200)} — ${escapeMarkdown(f.message, 160)}`);
  }
  if (d.fixed.length) out.push(`- ${escapeMarkdown(T('baseFixed', { list: d.fixed.join(', ') }))}`);
  if (d.improved.length) out.push(`- ${escapeMarkdown(T('baseImproved', { list: d.improved.join(', ') }))}`);
  if (!d.newNC.length && !d.newFindings.length) out.push(`- ${escapeMarkdown(T('baseNothingNew'))}`);
  return out;
}

/** GitHub limits a step summary to 1 MiB. */
const STEP_SUMMARY_MAX = 1024 * 1024 - 1024;

/**
 * Append Markdown to the GitHub Actions job summary (the file named by $GITHUB_STEP_SUMMARY).
 * Returns false, and writes nothing, when the variable is not set.
 */
export function writeStepSummary(md: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  let text = md.endsWith('\n') ? md : md + '\n';
  if (Buffer.byteLength(text, 'utf8') > STEP_SUMMARY_MAX) {
    const buf = Buffer.from(text, 'utf8').subarray(0, STEP_SUMMARY_MAX);
    text = buf.toString('utf8').replace(/\n[^\n]*$/, '\n').replace(/\ufffd$/, '') + '\n…\n';
  }
  appendFileSync(file, text, 'utf8');
  return true;
}
