/**
 * The HTML report: one self-contained file (no network; strict CSP), responsive and accessible
 * (landmarks, headings, real tables with th/scope, lang). Everything that comes from a page
 * goes through the escaping `html` tag.
 */
import type { AuditReport, PageReport, ProcedureReport, RuleSet } from '../model/types.js';
import { compareWithBaseline, type ProcedureComparison } from './baseline.js';
import type { Gate } from '../aggregate/gate.js';
import { colon, declaredPct, pctL, t, type Lang } from './i18n.js';
import { html, htmlDocument, join, statusBadge, urlLink, type Html } from './html-kit.js';
import { declarationSection } from './html-declaration.js';
import {
  criteriaById,
  criteriaWith,
  criterionTitle,
  findingsOf,
  boundsValue,
  gateSentence,
  linkable,
  localVerdict,
  notAuditedText,
  pageRateLine,
  pagesAuditedCount,
  rateLine,
  statusName,
  themeName,
  verdictClass,
  groupFindings,
  pageLabel,
  type FindingGroup,
  framesNotExamined,
  framesNoteParams,
} from './view.js';

export interface HtmlOptions {
  rules: RuleSet;
  threshold: number;
  lang: Lang;
  baseline?: AuditReport;
  gate?: Gate;
}

export function renderHtml(report: AuditReport, o: HtmlOptions): string {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p);
  const cmp = o.baseline ? compareWithBaseline(report, o.baseline) : null;
  const procs = report.procedures;
  const body = html`
<a class="skip" href="#main">${T('skipToContent')}</a>
<header>
<h1>${T('reportTitle')}</h1>
<p>${T('generatedBy', { version: report.tool.version, rgaa: report.rgaaVersion, axe: report.axeVersion })}</p>
<dl class="meta">
<dt>${T('startedAt')}</dt><dd><time datetime="${report.startedAt}">${report.startedAt}</time></dd>
<dt>${T('finishedAt')}</dt><dd><time datetime="${report.finishedAt}">${report.finishedAt}</time></dd>
${report.browser ? html`<dt>${T('browser')}</dt><dd>${report.browser}</dd>` : ''}
${typeof report.options?.asOf === 'string' ? html`<dt>${T('asOf')}</dt><dd>${report.options.asOf}</dd>` : ''}
</dl>
</header>
${procs.length > 1
  ? html`<nav aria-labelledby="toc-h"><h2 id="toc-h">${T('contents')}</h2><ul>${procs.map(
      (p, i) => html`<li><a href="#p${i}">${p.name}</a> — ${rateLine(p, lang)}</li>`,
    )}</ul></nav>`
  : ''}
<main id="main" tabindex="-1">
${procs.map((p, i) => procedureSection(report, p, i, o, cmp?.procedures.find((x) => x.id === p.id) ?? null))}
</main>
<footer>
<p>${T('statusLegend')}</p>
<p>${T('measuredNote')}</p>
<p>${T('generatedBy', { version: report.tool.version, rgaa: report.rgaaVersion, axe: report.axeVersion })}</p>
</footer>`;
  return htmlDocument({ lang, title: procs.length === 1 ? `${T('reportTitle')} — ${procs[0].name}` : T('reportTitle'), body, script: true });
}

function procedureSection(report: AuditReport, p: ProcedureReport, i: number, o: HtmlOptions, diff: ProcedureComparison | null): Html {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const id = `p${i}`;
  const r = p.rate;
  const n = pagesAuditedCount(p);
  const v = localVerdict(p, lang);
  const gate = gateSentence(p, o.threshold, o.gate ?? 'measured', lang).text;
  const frames = framesNotExamined(p);
  return html`
<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${T('procedureHeading', { name: p.name })}</h2>
<section>
<h3 id="${id}-sum">${T('summary')}</h3>
<dl class="meta">
<dt>${T('rateMeasured')}</dt><dd class="big">${rateLine(p, lang)}</dd>
<dt>${T('rateBounds')}</dt><dd>${boundsValue(r, lang)}</dd>
${r.average != null ? html`<dt>${T('rateAverage')}</dt><dd>${T('rateAverageValue', { rate: pctL(r.average, lang), n: p.pages.filter((x) => x.rate?.measured != null).length })}</dd>` : ''}
<dt>${T('counts')}</dt><dd><ul class="counts">${(['C', 'NC', 'NA', 'NT'] as const).map((s) => html`<li class="st-${s}"><abbr title="${statusName(s, lang)}">${s}</abbr> ${r[s]}</li>`)}</ul></dd>
<dt>${T('threshold')}</dt><dd>${gate}</dd>
<dt>${T('pages')}</dt><dd>${T('pagesAudited', { ok: n.ok, total: n.total })}</dd>
${p.administration ? html`<dt>${T('administration')}</dt><dd>${p.administration}</dd>` : ''}
${v ? html`<dt>${T('verdictValue')}</dt><dd><span class="st ${verdictClass(v.value)}">${v.value}</span> (${T('verdictMethodValue', { method: v.method })})</dd>` : ''}
${p.error ? html`<dt>${T('procedureError')}</dt><dd class="contradiction">${p.error}</dd>` : ''}
</dl>
<p class="note">${T('measuredNote')} ${T('rateBoundsNote')} ${T('ntNote', { nt: r.NT })}${frames.length ? ` ${T('framesNote', framesNoteParams(frames))}` : ''}</p>
</section>
${diff ? baselineSection(diff, id, lang) : ''}
${verdictSection(p, id, lang)}
${declarationSection(p, id, lang)}
${pagesSection(p, id, lang)}
${gridSection(p, id, o)}
${ncSection(p, id, o)}
</section>`;
}

function baselineSection(d: ProcedureComparison, id: string, lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const list = (xs: string[]) => xs.join(', ');
  return html`
<section>
<h3 id="${id}-base">${T('baseTitle')}</h3>
<p><strong>${d.failed ? T('baseFail') : T('basePass')}</strong></p>
<ul>
${d.inBaseline ? html`<li>${T('baseRate', { before: pctL(d.rateBefore, lang), after: pctL(d.rateAfter, lang) })}</li>` : html`<li>${T('baseNotInBaseline')}</li>`}
${d.newNC.length ? html`<li>${T('baseNewNC', { list: list(d.newNC) })}</li>` : ''}
${d.newFindings.length ? html`<li>${T('baseNewFindings', { n: d.newFindings.length })}<ul>${d.newFindings.slice(0, 50).map((f) => html`<li>${f.criterion} · ${f.test} · <code>${f.selector}</code> · ${f.page} — ${f.message}</li>`)}</ul></li>` : ''}
${d.fixed.length ? html`<li>${T('baseFixed', { list: list(d.fixed) })}</li>` : ''}
${d.improved.length ? html`<li>${T('baseImproved', { list: list(d.improved) })}</li>` : ''}
${!d.newNC.length && !d.newFindings.length ? html`<li>${T('baseNothingNew')}</li>` : ''}
</ul>
</section>`;
}

function verdictSection(p: ProcedureReport, id: string, lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const v = localVerdict(p, lang);
  if (!v) return html`<section><h3 id="${id}-v">${T('verdictHeading')}</h3><p>${T('noVerdict')}</p></section>`;
  const source = T(v.rateSource === 'declared' ? 'rateSourceDeclared' : 'rateSourceMeasured');
  const used = v.rateSource === 'declared' ? declaredPct(v.rateUsed, lang) : pctL(v.rateUsed, lang);
  return html`
<section>
<h3 id="${id}-v">${T('verdictHeading')}</h3>
<p class="big"><span class="st ${verdictClass(v.value)}">${v.value}</span></p>
<dl class="meta">
<dt>${T('verdictMethod')}</dt><dd>${T('verdictMethodValue', { method: v.method })}</dd>
<dt>${T('verdictRateSource')}</dt><dd>${T('verdictRateUsed', { source, rate: used })}</dd>
</dl>
<h4>${T('reasons')}</h4>
<ul class="reasons">${v.reasons.map((x) => html`<li>${x}</li>`)}</ul>
<h4>${T('contradictions')}</h4>
${v.contradictions.length ? html`<ul class="reasons">${v.contradictions.map((x) => html`<li class="contradiction">${x}</li>`)}</ul>` : html`<p>${T('noContradiction')}</p>`}
</section>`;
}

function pagesSection(p: ProcedureReport, id: string, lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  return html`
<section>
<h3 id="${id}-pg">${T('pages')}</h3>
<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-pgcap" tabindex="0"><table>
<caption id="${id}-pgcap">${T('pages')} — ${T('pagesAudited', { ok: pagesAuditedCount(p).ok, total: p.pages.length })}</caption>
<thead><tr><th scope="col">#</th><th scope="col">${T('pageUrl')}</th><th scope="col">${T('pageTitle')}</th><th scope="col">${T('httpStatus')}</th><th scope="col">${T('pageRate')}</th><th scope="col">${T('pageReason')}</th></tr></thead>
<tbody>${p.pages.map(
    (pg, j) => html`<tr id="${id}-page${j + 1}"><th scope="row">${T('pageShort', { n: j + 1 })}</th><td class="url">${urlLink(pg.url, linkable(pg.url))}${pg.finalUrl && pg.finalUrl !== pg.url ? html`<br>→ ${urlLink(pg.finalUrl, linkable(pg.finalUrl))}` : ''}</td><td>${pg.title ?? T('dash')}</td><td>${pg.httpStatus ?? T('dash')}</td><td>${pg.error ? html`<strong class="contradiction">${colon(lang, T('pageError'))} ${pg.error}</strong>` : pageRateLine(pg.rate, lang)}</td><td>${pg.reason ?? T('dash')}</td></tr>`,
  )}</tbody></table></div>
</section>`;
}

function pageStatus(pg: PageReport, critId: string, lang: Lang): Html {
  if (pg.error) return html`<span class="st">—</span>`;
  const s = pg.criteria[critId]?.status;
  return s ? statusBadge(s, statusName(s, lang)) : html`<span class="st">—</span>`;
}

function gridSection(p: ProcedureReport, id: string, o: HtmlOptions): Html {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const gridId = `${id}-grid`;
  const cols = 4 + p.pages.length;
  return html`
<section>
<h3 id="${id}-g">${T('criteriaGrid')}</h3>
<p data-filter="${gridId}" hidden><label><input type="checkbox"> ${T('gridFilter')}</label></p>
<div class="scroll" role="region" aria-labelledby="${id}-h ${gridId}-cap" tabindex="0">
<table class="grid" id="${gridId}">
<caption id="${gridId}-cap">${T('gridCaption', { n: o.rules.criteria.length })}</caption>
<thead><tr><th scope="col">${T('criterion')}</th><th scope="col">${T('criterionTitle')}</th><th scope="col">${T('level')}</th>${p.pages.map(
    (pg, j) => html`<th scope="col" class="s"><a href="#${id}-page${j + 1}" title="${pg.url}">${T('pageShort', { n: j + 1 })}</a></th>`,
  )}<th scope="col" class="s">${T('sample')}</th></tr></thead>
${o.rules.themes.map(
    (th) => html`<tbody>
<tr class="theme"><th scope="colgroup" colspan="${cols}">${th.theme}. ${themeName(o.rules, th.theme, lang)}</th></tr>
${th.criteria.map((c) => {
      const agg = p.criteria[c.id];
      const nc = agg?.status === 'NC';
      return html`<tr${nc ? html` data-nc` : ''}><th scope="row">${nc ? html`<a href="#${id}-c${c.id}">${c.id}</a>` : c.id}</th><td>${criterionTitle(c, lang)}</td><td>${c.level}</td>${p.pages.map(
        (pg) => html`<td class="s">${pageStatus(pg, c.id, lang)}</td>`,
      )}<td class="s">${agg ? statusBadge(agg.status, statusName(agg.status, lang)) : html`<span class="st">—</span>`}</td></tr>`;
    })}
</tbody>`,
  )}
</table>
</div>
<p class="note">${T('statusLegend')}</p>
</section>`;
}

/**
 * Findings that share one cause, once: what to fix (axe's whole fix summary, or the message) and
 * its help link, then each element once, with the pages it is on, its code and screenshot.
 */
function groupBlock(p: ProcedureReport, g: FindingGroup, lang: Lang): Html {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const several = p.pages.length > 1;
  const help = linkable(g.helpUrl);
  return html`<div class="finding">
<dl class="fields">
<dt>${T('test')}</dt><dd>${g.test}</dd>
<dt>${T('source')}</dt><dd><code>${g.source}</code>${g.impact ? ` (${g.impact})` : ''}</dd>
<dt>${T('message')}</dt><dd>${g.text.includes('\n') ? html`<pre class="fix">${g.text}</pre>` : g.text}${help ? html`<br><a href="${help}" rel="noopener noreferrer">${T('axeHelpLink')}</a>` : ''}</dd>
${g.basis ? html`<dt>${T('basis')}</dt><dd>${g.basis}</dd>` : ''}
<dt>${T('groupElements', { n: g.elements.length })}</dt><dd>${several && g.pages.length ? T('groupPages', { n: g.pages.length }) : ''}</dd>
</dl>
<ul class="elements">${g.elements.map(
    (el) => html`<li><code>${el.selector}</code>${several ? html` — ${join(el.pages.map((u) => urlLink(pageLabel(p, u), linkable(u))), ', ')}` : ''}
${g.varied ? html`<br>${el.message}` : ''}
${el.snippet ? html`<pre><code>${el.snippet}</code></pre>` : ''}
${el.screenshot ? html`<img class="shot" src="${el.screenshot}" alt="${T('screenshotAlt', { selector: el.selector })}">` : ''}</li>`,
  )}</ul>
</div>`;
}

function ncSection(p: ProcedureReport, id: string, o: HtmlOptions): Html {
  const lang = o.lang;
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const byId = criteriaById(o.rules);
  const nc = criteriaWith(p, 'NC');
  return html`
<section>
<h3 id="${id}-nc">${T('nonConformities', { n: nc.length })}</h3>
${nc.length ? '' : html`<p>${notAuditedText(p, lang) ?? T('noNonConformity')}</p>`}
${nc.map((cid) => {
    const rule = byId.get(cid);
    const findings = findingsOf(p, cid);
    const href = linkable(rule?.url);
    return html`<article aria-labelledby="${id}-c${cid}">
<h4 id="${id}-c${cid}">${statusBadge('NC', statusName('NC', lang))} ${cid} ${criterionTitle(rule, lang)}${rule ? ` (${rule.level})` : ''}</h4>
${href ? html`<p><a href="${href}" rel="noopener noreferrer">${T('officialCriterion', { id: cid })}</a></p>` : ''}
<p>${(findings.length === 1 ? T('findingCountOne') : T('findingCount', { n: findings.length }))}</p>
${join(groupFindings(findings).map((g) => groupBlock(p, g, lang)))}
</article>`;
  })}
</section>`;
}
