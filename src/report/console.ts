/** The console report: the rate with its denominator, the counts, each NC with its evidence. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { termSafe } from './text.js';
import { colon, declaredPct, pctL, t, type Lang } from './i18n.js';
import {
  criteriaById,
  criteriaWith,
  criterionTitle,
  findingsOf,
  localValidityReason,
  localVerdict,
  reasonText,
  pageRateLine,
  pagesAuditedCount,
  rateLine as rateLineL,
  boundsLine,
  gateSentence,
  groupFindings,
  pageLabel,
  type FindingGroup,
  framesNotExamined,
  framesNoteParams,
} from './view.js';
import type { Gate } from '../aggregate/gate.js';
import type { CheckMessages } from '../model/message.js';
import { localizeFindings } from './messages.js';

export interface ConsoleOptions {
  color: boolean;
  threshold: number;
  /** The rate the CI gate compares (colours the rate line); default the measured rate. */
  gate?: Gate;
  /** A JSON report is written in the same run: findings left out say where they are. */
  jsonWritten?: boolean;
  /** Findings shown per NC criterion. */
  maxFindings?: number;
  /** Language of the report (English by default). */
  lang?: Lang;
  /** Our checks' message templates (the pipeline's CHECK_MESSAGES): findings are worded in `lang` from their id. */
  messages: CheckMessages;
}

/** Colour when stdout is a TTY and NO_COLOR is not set (FORCE_COLOR forces it). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

/** "72.0 % (18 C / 25 decided, 81 not tested)", in the given language. */
export function rateLine(p: ProcedureReport, lang: Lang = 'en'): string {
  return rateLineL(p, lang);
}

export function renderConsole(written: AuditReport, rules: RuleSet, opts: ConsoleOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.color ? 1 : 0 });
  const lang: Lang = opts.lang ?? 'en';
  const report = localizeFindings(written, lang, opts.messages);
  const max = opts.maxFindings ?? 5;
  const out: string[] = [];
  const byId = criteriaById(rules);
  out.push(c.bold(`rgaa-audit ${termSafe(report.tool.version, 40)}`) + c.dim(` · RGAA ${report.rgaaVersion} · axe-core ${termSafe(report.axeVersion, 40)}${report.browser ? ` · ${termSafe(report.browser, 120)}` : ''}`));
  for (const p of report.procedures) {
    out.push('');
    const n = pagesAuditedCount(p);
    out.push(c.bold(t(lang, 'procedureHeading', { name: termSafe(p.name) })) + c.dim(` (${t(lang, 'pagesAudited', { ok: n.ok, total: n.total })})`));
    if (p.error) out.push(c.red(`  ✗ ${termSafe(p.error, 300)}`));
    const r = p.rate;
    const gate = gateSentence(p, opts.threshold, opts.gate ?? 'measured', lang);
    const rateColor = r.measured == null ? c.yellow : gate.passed ? c.green : c.red;
    out.push(`  ${colon(lang, t(lang, 'rateMeasured'))} ${rateColor.bold(rateLine(p, lang))}`);
    const bounds = boundsLine(p, lang);
    if (bounds) out.push(`  ${bounds}`);
    if (r.average != null) out.push(c.dim(`  ${t(lang, 'rateAverageLine', { rate: pctL(r.average, lang), n: p.pages.filter((x) => x.rate?.measured != null).length })}`));
    out.push(`  ${c.green(`C ${r.C}`)}  ${c.red(`NC ${r.NC}`)}  ${c.dim(`NA ${r.NA}`)}  ${c.yellow(`NT ${r.NT}`)}`);
    out.push('');
    out.push(c.bold(`  ${t(lang, 'pages')}`));
    for (const pg of p.pages) {
      if (pg.error) out.push(`  ${c.red('✗')} ${termSafe(pg.url, 120)} ${c.red(termSafe(pg.error, 200))}`);
      else out.push(`  ${c.green('✓')} ${termSafe(pg.url, 120)} ${c.dim(pageRateLine(pg.rate, lang))}${pg.reason ? c.dim(` · ${termSafe(pg.reason, 40)}`) : ''}`);
    }
    const nc = criteriaWith(p, 'NC');
    // Left out here: in the JSON report when one is written, else only counted.
    const more = (n: number) => c.dim(t(lang, opts.jsonWritten ? 'moreInJson' : 'moreNotShown', { n }));
    if (nc.length) {
      out.push('');
      out.push(c.bold(`  ${t(lang, 'nonConformities', { n: nc.length })}`));
      for (const id of nc) {
        const crit = p.criteria[id];
        const rule = byId.get(id);
        const pages = new Set(crit.findings.map((f) => f.page)).size;
        const pagesLabel = pages ? `, ${pages > 1 ? t(lang, 'pageCountMany', { n: pages }) : t(lang, 'pageCountOne')}` : '';
        out.push(`  ${c.red.bold('NC')} ${c.bold(id)} ${criterionTitle(rule, lang)} ${c.dim(`(${rule?.level ?? ''}${pagesLabel})`)}`);
        out.push(...groupLines(p, groupFindings(findingsOf(p, id, crit)), c, lang, max, more));
        if (rule) out.push(c.dim(`     ${rule.url}`));
      }
    }
    if (p.declaration || p.verdict) out.push(...renderJudge(p, c, lang));
    out.push('');
    out.push(c.yellow(`  ${t(lang, 'ntNote', { nt: r.NT })}`));
    const frames = framesNotExamined(p);
    if (frames.length) out.push(c.yellow(`  ${t(lang, 'framesNote', framesNoteParams(frames.map((f) => termSafe(f, 120))))}`));
  }
  return out.join('\n') + '\n';
}

/**
 * Findings that share one cause, once: the test, the source and how many elements on how many
 * pages; what to fix (axe's whole fix summary, or the message); then each element once with the
 * pages it is on.
 */
function groupLines(p: ProcedureReport, groups: FindingGroup[], c: ChalkInstance, lang: Lang, max: number, more: (n: number) => string): string[] {
  const out: string[] = [];
  const several = p.pages.length > 1;
  for (const g of groups.slice(0, max)) {
    const count = t(lang, 'groupElements', { n: g.elements.length }) + (several && g.pages.length ? ` ${t(lang, 'groupPages', { n: g.pages.length })}` : '');
    out.push(`     ${c.dim(termSafe(g.test, 12))} ${c.cyan(termSafe(g.source, 60))} ${c.dim(`· ${count}`)}`);
    // axe's fix summary keeps its lines (« Fix any of the following: » then one per check).
    for (const line of g.text.split('\n').filter((l) => l.trim()).slice(0, 12)) out.push(`       ${/^ */.exec(line)![0].slice(0, 4)}${termSafe(line, 300)}`);
    for (const el of g.elements.slice(0, max)) {
      const where = several ? c.dim(` · ${el.pages.map((u) => termSafe(pageLabel(p, u), 80)).join(', ')}`) : '';
      out.push(`       ${c.bold('›')} ${termSafe(el.selector, 100)}${where}`);
      if (el.snippet) out.push(c.dim(`         ${termSafe(el.snippet, 140)}`));
    }
    if (g.elements.length > max) out.push(`         ${more(g.elements.length - max)}`);
    if (g.helpUrl) out.push(c.dim(`       ${colon(lang, t(lang, 'axeHelpLink'))} ${termSafe(g.helpUrl, 200)}`));
  }
  if (groups.length > max) out.push(`     ${more(groups.slice(max).reduce((n, g) => n + g.elements.length, 0))}`);
  return out;
}

function renderJudge(p: ProcedureReport, c: ChalkInstance, lang: Lang): string[] {
  const out: string[] = ['', c.bold(`  ${t(lang, 'declarationHeading')}`)];
  const d = p.declaration;
  const dash = t(lang, 'dash');
  if (d) {
    if (d.mentions.length)
      for (const m of d.mentions)
        out.push(
          `  ${t(lang, 'mentionLine', { text: termSafe(m.text, 80), state: termSafe(m.state, 20), page: termSafe(m.page, 100) })}` +
            (m.href ? c.dim(` → ${termSafe(m.href, 100)}`) : c.dim(` ${t(lang, 'mentionNotLink')}`)),
        );
    else out.push(c.yellow(`  ${t(lang, 'noMention')}`));
    const decl = d.declaration;
    if (decl) {
      out.push(`  ${t(lang, 'declarationAt', { url: termSafe(decl.url, 120) })}`);
      out.push(`    ${t(lang, 'declarationStateLine', { state: decl.state ?? dash, rate: decl.rate == null ? dash : declaredPct(decl.rate, lang), version: termSafe(decl.rgaaVersion ?? dash, 20) })}`);
      out.push(`    ${t(lang, 'declarationDatesLine', { established: decl.establishedOn ?? dash, updated: decl.updatedOn ?? dash, audit: decl.auditDate ?? dash })}`);
      out.push(
        `    ${t(lang, 'declarationContactLine', { contact: termSafe(decl.contact?.email ?? decl.contact?.formUrl ?? dash, 100), defenseur: t(lang, decl.defenseurDesDroits ? 'yes' : 'no') })}` +
          (decl.pagesChecked ? ` · ${t(lang, 'declarationPagesLine', { n: decl.pagesChecked.length })}` : ''),
      );
      if (decl.rateReading?.evidence) out.push(c.dim(`    ${termSafe(t(lang, 'rateReadFrom', { text: decl.rateReading.evidence.text }), 220)}`));
      const reason = localValidityReason(p, lang);
      if (d.validity) out.push(`    ${d.validity.valid ? c.green(t(lang, 'valid')) : c.red(t(lang, 'notValid'))}${lang === 'fr' ? ' :' : ':'} ${termSafe(reason, 200)}`);
    } else out.push(c.yellow(`  ${t(lang, 'noDeclaration', { n: d.searched.length })}`));
    if (d.unreachable) out.push(c.yellow(`  ${termSafe(t(lang, 'unreachableLine', { url: d.unreachable.url, error: d.unreachable.error }), 220)}`));
    // What an accessibility lead checks: the mention on every page, the plans, the sample.
    for (const f of [...(d.mentionCoverage?.flags ?? []), ...(d.plans?.flags ?? []), ...(d.sample?.flags ?? [])]) {
      out.push(c.yellow(`    ? ${termSafe(reasonText(f, lang), 220)}`));
    }
  }
  const v = localVerdict(p, lang);
  if (v) {
    const col = v.value === 'Oui' ? c.green : v.value === 'Partiel' ? c.yellow : c.red;
    const source = t(lang, v.rateSource === 'declared' ? 'rateSourceDeclared' : 'rateSourceMeasured');
    const line = t(lang, 'verdictLine', { method: v.method, source, value: '\u0000' });
    const [before, after] = line.split('\u0000');
    out.push(`  ${before}${col.bold(v.value)}${after ?? ''}`);
    for (const r of v.reasons) out.push(`    - ${termSafe(r, 220)}`);
    for (const x of v.contradictions) out.push(c.magenta(`    ! ${termSafe(x, 220)}`));
  }
  return out;
}
