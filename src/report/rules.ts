/** `rgaa-audit rules`: what the tool can decide per criterion and from which sources, and every axe rule's decision. */
import type { RuleSet } from '../model/types.js';
import type { coverage as computeCoverage, SourceRef } from '../evaluate/coverage.js';

type Coverage = ReturnType<typeof computeCoverage>;

const WIDTH = 110;
const INDENT = ''.padEnd(15);

/** Sources, one after the other, wrapped at WIDTH under the status they can give. */
function sourceLines(status: string, list: SourceRef[], testCount: number): string[] {
  const lines: string[] = [];
  let line = `${''.padEnd(11)}${status.padEnd(3)} `;
  list.forEach((r, i) => {
    const tests = testCount > 1 && r.tests.length === testCount ? 'every test' : r.tests.join(', ');
    const item = `${r.source} (${tests})${i < list.length - 1 ? ',' : ''}`;
    if (line.length > INDENT.length && line.length + 1 + item.length > WIDTH) {
      lines.push(line.trimEnd());
      line = INDENT;
    }
    line += (line.endsWith(' ') ? '' : ' ') + item;
  });
  lines.push(line.trimEnd());
  return lines;
}

export function formatRules(rules: RuleSet, cov: Coverage): string {
  const byId = new Map(rules.criteria.map((c) => [c.id, c]));
  const out = ['id     lvl can       title, then what can make it NC, C or NA'];
  for (const r of cov.rows) {
    const c = byId.get(r.id)!;
    const can = (['NC', 'C', 'NA'] as const).map((s) => (r.can.includes(s) ? s : '·'.padEnd(s.length))).join(' ');
    out.push(`${r.id.padEnd(6)} ${c.level.padEnd(3)} ${can.padEnd(9)} ${c.title}`);
    for (const s of ['NC', 'C', 'NA'] as const) if (r.sources[s].length) out.push(...sourceLines(s, r.sources[s], c.tests.length));
  }
  const t = cov.totals;
  out.push('', `${t.criteria} criteria: the tool can return NC for ${t.NC}, C for ${t.C}, NA for ${t.NA}; every other outcome is NT (a human decides).`);
  out.push('', `axe-core rules: ${t.axe.nc + t.axe.review} mapped, ${t.axe.nc} nc (a violation is an NC of the test), ${t.axe.review} review (a violation is listed for a human, the test stays NT)`);
  out.push('test     rule                          decision  reason');
  for (const a of cov.axeRules) {
    const tag = a.axeTag ? ` [axe-core tags it ${a.axeTag}]` : '';
    out.push(`${a.test.padEnd(8)} ${a.rule.padEnd(29)} ${a.decision.padEnd(9)} ${a.reason}${tag}`);
  }
  return out.join('\n') + '\n';
}
