/**
 * The batch dashboard: one self-contained HTML file (same CSP and escaping as the report):
 * the Oui/Partiel/Non counts, the distributions of measured and declared rates (inline SVG
 * histograms with their data tables), a sortable table of every procedure (complete without
 * JavaScript) and a detail section per procedure with its NC list.
 */
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { colon, declaredPct, pctL, t, type Lang } from './i18n.js';
import { html, htmlDocument, slug, statusBadge, urlLink, type Html } from './html-kit.js';
import { failureLabel, mentionCell, procedureRows, type ProcedureRow } from './batch.js';
import { toCheckList } from './html-declaration.js';
import { boundsValue, criteriaById, criteriaWith, criterionTitle, findingsOf, linkable, rateLine, stateLabel, statusName, verdictClass } from './view.js';

export interface DashboardOptions {
  rules: RuleSet;
  threshold: number;
  lang: Lang;
  /** NC findings shown per criterion in the detail sections. */
  maxFindings?: number;
  /** A JSON report is written in the same run: findings left out say where they are. */
  jsonWritten?: boolean;
}

/** Eleven bins: [0, 10), [10, 20) … [90, 100), and 100 % on its own (the 2023 method's Oui). */
export function rateBins(rates: (number | null | undefined)[]): { counts: number[]; none: number } {
  const counts = new Array<number>(11).fill(0);
  let none = 0;
  for (const r of rates) {
    if (r == null || !Number.isFinite(r)) none++;
    else counts[r >= 100 ? 10 : Math.max(0, Math.min(9, Math.floor(r / 10)))]++;
  }
  return { counts, none };
}

function binLabel(i: number, lang: Lang): string {
  if (i === 10) return '100 %';
  const dec = lang === 'fr' ? ',' : '.';
  return `${i * 10}–${i * 10 + 9}${dec}9 %`;
}

function histogram(id: string, title: string, rates: (number | null)[], lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p);
  const { counts, none } = rateBins(rates);
  const maxCount = Math.max(1, ...counts);
  const barW = 40;
  const gap = 8;
  const top = 24;
  const plotH = 150;
  const width = counts.length * (barW + gap) + gap;
  const height = top + plotH + 48;
  const list = counts.map((c, i) => `${binLabel(i, lang)}: ${c}`).join(', ');
  const bars = counts.map((c, i) => {
    const h = Math.round((c / maxCount) * plotH);
    const x = gap + i * (barW + gap);
    const y = top + plotH - h;
    return html`<g><rect x="${x}" y="${y}" width="${barW}" height="${h}" fill="#0b4fa8"></rect><text x="${x + barW / 2}" y="${y - 6}" text-anchor="middle" font-size="13" fill="#1b1b1b">${c}</text><text x="${x + barW / 2}" y="${top + plotH + 16}" text-anchor="middle" font-size="10" fill="#1b1b1b">${i === 10 ? '100' : `${i * 10}`}</text></g>`;
  });
  return html`<figure class="chart" aria-labelledby="${id}-cap">
<figcaption id="${id}-cap"><strong>${title}</strong>${none ? html` — ${T('dashWithoutRate', { n: none })}` : ''}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${title}</title>
<desc id="${id}-d">${T('dashChartLabel', { what: title, list })}</desc>
<line x1="${gap / 2}" y1="${top + plotH}" x2="${width - gap / 2}" y2="${top + plotH}" stroke="#1b1b1b" stroke-width="1"></line>
${bars}
<text x="${width / 2}" y="${height - 8}" text-anchor="middle" font-size="12" fill="#1b1b1b">${T('dashBin')} (%)</text>
</svg>
<details><summary>${T('dashDataTable')}</summary>
<table>
<caption>${title}</caption>
<thead><tr><th scope="col">${T('dashBin')}</th><th scope="col">${T('dashCount')}</th></tr></thead>
<tbody>${counts.map((c, i) => html`<tr><th scope="row">${binLabel(i, lang)}</th><td>${c}</td></tr>`)}${none ? html`<tr><th scope="row">${T('dash')}</th><td>${none}</td></tr>` : ''}</tbody>
</table>
</details>
</figure>`;
}

const VERDICT_ORDER: Record<string, number> = { Oui: 0, Partiel: 1, Non: 2, 'À venir': 3 };

function anchor(p: ProcedureReport, i: number): string {
  return `d${i + 1}-${slug(p.id)}`;
}

function tableRow(p: ProcedureReport, r: ProcedureRow, i: number, lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const dash = T('dash');
  const who = [r.ref, r.administration, r.ministry].filter(Boolean).join(' · ');
  // The verdict comes second, so that it is in view at 1280 px whatever the other columns hold.
  return html`<tr>
<th scope="row" data-sort="${r.name}"><a href="#${anchor(p, i)}">${r.name}</a><br><small>${who}</small></th>
<td data-sort="${r.verdict ? VERDICT_ORDER[r.verdict] : ''}" class="verdict">${r.verdict ? html`<span class="st ${verdictClass(r.verdict)}">${r.verdict}</span><br><small>${r.method}</small>` : r.failure ? html`<small>${T('notAudited', { kind: failureLabel(r.failure, lang) })}</small>` : dash}</td>
<td data-sort="${r.measuredRate ?? ''}">${r.measuredRate == null ? dash : pctL(r.measuredRate, lang)}${r.floor != null && r.ceiling != null ? html`<br><small class="nowrap">${T('dashOfficialRange', { floor: pctL(r.floor, lang), ceiling: pctL(r.ceiling, lang) })}</small>` : ''}</td>
<td data-sort="${r.decided}">${r.C} / ${r.decided}<br><small>${r.NT} NT</small></td>
<td data-sort="${r.declaredRate ?? ''}">${r.declaredState ? stateLabel(r.declaredState) : dash}${r.declaredRate == null ? '' : html`<br>${declaredPct(r.declaredRate, lang)}`}${r.declarationDate ? html`<br><small>${r.declarationDate}</small>` : ''}</td>
<td data-sort="${r.declarationValid === null ? '' : r.declarationValid ? 1 : 0}">${r.declarationValid === null ? dash : T(r.declarationValid ? 'valid' : 'notValid')}${r.validUntil ? html`<br><small>${r.validUntil}</small>` : ''}</td>
<td data-sort="${r.pagesAudited}">${r.pagesAudited}${r.pagesInError ? html` <small>(${r.pagesInError})</small>` : ''}</td>
<td class="notes">${r.contradictions.map((x) => html`<span class="contradiction">${x}</span><br>`)}${r.toCheck.length ? html`<small>${T('toCheck')} (${r.toCheck.length})</small><br>` : ''}${r.failure ? html`<span class="contradiction">${T('notAudited', { kind: failureLabel(r.failure, lang) })}</span><br><small>${r.error}</small>` : ''}</td>
<td><a href="${r.reportHtml}" aria-label="${T('dashReportHtml', { name: r.name })}">HTML</a> · <a href="${r.reportJson}" aria-label="${T('dashReportJson', { name: r.name })}">JSON</a></td>
</tr>`;
}

function detail(p: ProcedureReport, r: ProcedureRow, i: number, o: DashboardOptions): Html {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const byId = criteriaById(o.rules);
  const nc = criteriaWith(p, 'NC');
  const max = o.maxFindings ?? 3;
  const decl = p.declaration?.declaration;
  const id = anchor(p, i);
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${r.name}</h3>
<dl class="meta">
<dt>Ref_Demarche</dt><dd>${r.ref}</dd>
${r.url ? html`<dt>URL_Demarche</dt><dd class="url">${urlLink(r.url, linkable(r.url.split(/\s+/)[0]))}</dd>` : ''}
${r.administration ? html`<dt>${T('administration')}</dt><dd>${r.administration}</dd>` : ''}
${r.ministry ? html`<dt>Nom_Ministere</dt><dd>${r.ministry}</dd>` : ''}
<dt>${T('rateMeasured')}</dt><dd>${rateLine(p, lang)}</dd>
<dt>${T('rateBounds')}</dt><dd>${boundsValue(p.rate, lang)}</dd>
<dt>${T('colMention')}</dt><dd>${mentionCell(r, lang) || T('dash')}</dd>
<dt>${T('declaration')}</dt><dd class="url">${decl ? html`${urlLink(decl.url, linkable(decl.url))} — ${stateLabel(decl.state)}, ${declaredPct(decl.rate, lang)}${r.declarationDate ? html`, ${r.declarationDate}` : ''}` : T('dash')}</dd>
${r.verdict ? html`<dt>${T('verdictValue')}</dt><dd><span class="st ${verdictClass(r.verdict)}">${r.verdict}</span> (${T('verdictMethodValue', { method: r.method ?? '' })})</dd>` : ''}
${r.failure ? html`<dt>${T('notAudited', { kind: failureLabel(r.failure, lang) })}</dt><dd class="contradiction">${r.error}</dd>` : ''}
<dt>${T('dashReports')}</dt><dd><a href="${r.reportHtml}">${r.reportHtml}</a> · <a href="${r.reportJson}">${r.reportJson}</a></dd>
</dl>
${r.verdict ? html`<ul class="reasons">${r.reasons.map((x) => html`<li>${x}</li>`)}${r.contradictions.map((x) => html`<li class="contradiction">${x}</li>`)}</ul>` : ''}
${toCheckList(r.toCheck, lang)}
${r.failure
  ? ''
  : html`<h4>${T('nonConformities', { n: nc.length })}</h4>
${nc.length
  ? html`<ul>${nc.map((cid) => {
      const rule = byId.get(cid);
      const fs = findingsOf(p, cid);
      return html`<li>${statusBadge('NC', statusName('NC', lang))} <strong>${cid}</strong> ${criterionTitle(rule, lang)} — ${(fs.length === 1 ? T('findingCountOne') : T('findingCount', { n: fs.length }))}
<ul>${fs.slice(0, max).map((f) => html`<li><code>${f.selector}</code> — ${f.message} <small>(${f.test}, ${f.page})</small></li>`)}${fs.length > max ? html`<li>${T(o.jsonWritten ? 'moreInJson' : 'moreNotShown', { n: fs.length - max })}</li>` : ''}</ul></li>`;
    })}</ul>`
  : html`<p>${T('noNonConformity')}</p>`}`}
<p><a href="#dash-table-h">${T('dashBackToTable')}</a></p>
</section>`;
}

export function renderDashboard(report: AuditReport, o: DashboardOptions): string {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const procs = report.procedures;
  const rows = procedureRows(report, lang);
  const verdicts = { Oui: 0, Partiel: 0, Non: 0, 'À venir': 0, none: 0 };
  for (const r of rows) verdicts[(r.verdict ?? 'none') as keyof typeof verdicts]++;
  const cols = [T('procedure'), T('colVerdict'), T('colMeasuredRate'), 'C / C+NC', T('dashDeclaredCol'), T('colDeclarationValid'), T('dashPagesCol'), T('dashNotes'), T('dashReports')];
  const body = html`
<a class="skip" href="#main">${T('skipToContent')}</a>
<header>
<h1>${T('dashboardTitle')}</h1>
<p>${T('dashProcedures', { n: procs.length })} · ${T('generatedBy', { version: report.tool.version, rgaa: report.rgaaVersion, axe: report.axeVersion })}</p>
<dl class="meta">
<dt>${T('startedAt')}</dt><dd><time datetime="${report.startedAt}">${report.startedAt}</time></dd>
<dt>${T('finishedAt')}</dt><dd><time datetime="${report.finishedAt}">${report.finishedAt}</time></dd>
${typeof report.options?.asOf === 'string' ? html`<dt>${T('asOf')}</dt><dd>${report.options.asOf}</dd>` : ''}
</dl>
</header>
<main id="main" tabindex="-1">
<section>
<h2 id="dash-v">${T('dashVerdicts')}</h2>
<ul class="counts">
<li class="v-Oui">${colon(lang, 'Oui')} ${verdicts.Oui}</li>
<li class="v-Partiel">${colon(lang, 'Partiel')} ${verdicts.Partiel}</li>
<li class="v-Non">${colon(lang, 'Non')} ${verdicts.Non}</li>
${verdicts['À venir'] ? html`<li class="v-avenir">${colon(lang, 'À venir')} ${verdicts['À venir']}</li>` : ''}
${verdicts.none ? html`<li class="st-NA">${colon(lang, T('dashNotJudged'))} ${verdicts.none}</li>` : ''}
</ul>
</section>
<section>
<h2 id="dash-charts">${T('summary')}</h2>
<div class="charts">
${histogram('chart-measured', T('dashMeasured'), rows.map((r) => r.measuredRate), lang)}
${histogram('chart-declared', T('dashDeclared'), rows.map((r) => r.declaredRate), lang)}
</div>
<p class="note">${T('measuredNote')}</p>
</section>
<section aria-labelledby="dash-table-h">
<h2 id="dash-table-h" tabindex="-1">${T('dashTable')}</h2>
<p data-sort-hint="dash-table" hidden>${T('dashSortHint')}</p>
<div class="scroll" role="region" aria-labelledby="dash-table-cap" tabindex="0">
<table id="dash-table" data-sortable>
<caption id="dash-table-cap">${T('dashTableCaption')}</caption>
<thead><tr>${cols.map((c, i) => html`<th scope="col"${i === 1 ? html` id="dash-col-verdict"` : ''}>${c}</th>`)}</tr></thead>
<tbody>
${procs.map((p, i) => tableRow(p, rows[i], i, lang))}
</tbody>
</table>
</div>
</section>
<section>
<h2 id="dash-details">${T('dashDetails')}</h2>
${procs.map((p, i) => detail(p, rows[i], i, o))}
</section>
</main>
<footer>
<p>${T('statusLegend')}</p>
<p>${T('generatedBy', { version: report.tool.version, rgaa: report.rgaaVersion, axe: report.axeVersion })}</p>
</footer>`;
  return htmlDocument({ lang, title: `${T('dashboardTitle')} — ${T('dashProcedures', { n: procs.length })}`, body, script: true });
}
