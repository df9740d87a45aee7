/** The console report: the rate with its denominator, the counts, each NC with its evidence. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { compareIds } from '../model/rules.js';
import { pct, termSafe } from './text.js';

export interface ConsoleOptions {
  color: boolean;
  threshold: number;
  /** Findings shown per NC criterion. */
  maxFindings?: number;
}

/** Colour when stdout is a TTY and NO_COLOR is not set (FORCE_COLOR forces it). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

export function rateLine(p: ProcedureReport): string {
  const r = p.rate;
  const decided = r.C + r.NC;
  if (r.global == null) return `no criterion decided (${r.NT} not tested, ${r.NA} not applicable)`;
  return `${pct(r.global)} (${r.C} C / ${decided} decided, ${r.NT} not tested)`;
}

export function renderConsole(report: AuditReport, rules: RuleSet, opts: ConsoleOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.color ? 1 : 0 });
  const max = opts.maxFindings ?? 5;
  const out: string[] = [];
  const title = new Map(rules.criteria.map((x) => [x.id, x]));
  out.push(c.bold(`rgaa-audit ${report.tool.version}`) + c.dim(` · RGAA ${report.rgaaVersion} · axe-core ${report.axeVersion}${report.browser ? ` · ${report.browser}` : ''}`));
  for (const p of report.procedures) {
    out.push('');
    const ok = p.pages.filter((x) => !x.error).length;
    out.push(c.bold(`Procedure ${termSafe(p.name)}`) + c.dim(` (${ok}/${p.pages.length} pages audited)`));
    if (p.error) out.push(c.red(`  ✗ ${termSafe(p.error, 300)}`));
    const r = p.rate;
    const rateColor = r.global == null ? c.yellow : r.global >= opts.threshold ? c.green : c.red;
    out.push(`  Conformance rate (taux global): ${rateColor.bold(rateLine(p))}`);
    if (r.average != null) out.push(c.dim(`  Average rate (taux moyen): ${pct(r.average)} over ${p.pages.filter((x) => x.rate?.value != null).length} pages`));
    out.push(`  ${c.green(`C ${r.C}`)}  ${c.red(`NC ${r.NC}`)}  ${c.dim(`NA ${r.NA}`)}  ${c.yellow(`NT ${r.NT}`)}`);
    out.push('');
    out.push(c.bold('  Pages'));
    for (const pg of p.pages) {
      if (pg.error) out.push(`  ${c.red('✗')} ${termSafe(pg.url, 120)} ${c.red(termSafe(pg.error, 200))}`);
      else {
        const v = pg.rate;
        const label = v?.value == null ? 'no criterion decided' : `${pct(v.value)} (${v.C} C / ${v.C + v.NC})`;
        out.push(`  ${c.green('✓')} ${termSafe(pg.url, 120)} ${c.dim(label)}${pg.reason ? c.dim(` · ${termSafe(pg.reason, 40)}`) : ''}`);
      }
    }
    const nc = Object.entries(p.criteria).filter(([, x]) => x.status === 'NC').sort(([a], [b]) => compareIds(a, b));
    if (nc.length) {
      out.push('');
      out.push(c.bold(`  Non-conformities (${nc.length} criteria)`));
      for (const [id, crit] of nc) {
        const rule = title.get(id);
        const pages = new Set(crit.findings.map((f) => f.page)).size;
        out.push(`  ${c.red.bold('NC')} ${c.bold(id)} ${rule?.title ?? ''} ${c.dim(`(${rule?.level ?? ''}${pages ? `, ${pages} page${pages > 1 ? 's' : ''}` : ''})`)}`);
        for (const f of crit.findings.slice(0, max)) {
          out.push(`     ${c.dim(f.test)} ${c.cyan(termSafe(f.source, 60))} ${termSafe(f.selector, 100)}`);
          out.push(`       ${termSafe(f.message, 160)}`);
          if (f.snippet) out.push(c.dim(`       ${termSafe(f.snippet, 140)}`));
          if (f.page && p.pages.length > 1) out.push(c.dim(`       on ${termSafe(f.page, 120)}`));
        }
        if (crit.findings.length > max) out.push(c.dim(`     … ${crit.findings.length - max} more in the JSON report`));
        if (rule) out.push(c.dim(`     ${rule.url}`));
      }
    }
    if (p.declaration || p.verdict) out.push(...renderJudge(p, c));
    out.push('');
    out.push(c.yellow(`  ${r.NT} criteria are NT (non testé): a machine cannot decide them; a human must review them.`));
  }
  return out.join('\n') + '\n';
}

function renderJudge(p: ProcedureReport, c: ChalkInstance): string[] {
  const out: string[] = ['', c.bold('  Accessibility mention and declaration')];
  const d = p.declaration;
  if (d) {
    if (d.mentions.length) for (const m of d.mentions) out.push(`  Mention « ${termSafe(m.text, 80)} » (${m.state}) on ${termSafe(m.page, 100)}${m.href ? c.dim(` → ${termSafe(m.href, 100)}`) : c.dim(' (not a link)')}`);
    else out.push(c.yellow('  No accessibility mention found'));
    const decl = d.declaration;
    if (decl) {
      out.push(`  Declaration: ${termSafe(decl.url, 120)}`);
      out.push(`    state ${decl.state ?? '—'} · rate ${decl.rate == null ? '—' : decl.rate + ' %'} · RGAA ${termSafe(decl.rgaaVersion ?? '—', 20)}`);
      out.push(`    established ${decl.establishedOn ?? '—'} · updated ${decl.updatedOn ?? '—'} · audit ${decl.auditDate ?? '—'}`);
      out.push(`    contact ${termSafe(decl.contact?.email ?? decl.contact?.formUrl ?? '—', 100)} · Défenseur des droits ${decl.defenseurDesDroits ? 'yes' : 'no'}${decl.pagesChecked ? ` · ${decl.pagesChecked.length} pages checked` : ''}`);
      if (d.validity) out.push(`    ${d.validity.valid ? c.green('valid') : c.red('not valid')}: ${termSafe(d.validity.reason, 200)}`);
    } else out.push(c.yellow(`  No declaration found (${d.searched.length} pages tried)`));
  }
  const v = p.verdict;
  if (v) {
    const col = v.value === 'Oui' ? c.green : v.value === 'Partiel' ? c.yellow : c.red;
    out.push(`  « Prise en compte du handicap » (${v.method} method, ${v.rateSource} rate): ${col.bold(v.value)}`);
    for (const r of v.reasons) out.push(`    - ${termSafe(r, 220)}`);
    for (const x of v.contradictions) out.push(c.magenta(`    ! ${termSafe(x, 220)}`));
  }
  return out;
}
