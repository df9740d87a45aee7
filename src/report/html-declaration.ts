/**
 * The HTML report's mention and declaration section: what the declaration states with where it
 * was read, its validity with the rules that decided, and what an accessibility lead checks by
 * hand (the plans, the sample, the mention on every page). Everything from a page goes through
 * the escaping `html` tag; the judge's reasons are rendered from their ids (view.ts).
 */
import type { Declaration, DeclarationReport } from '../model/declaration.js';
import type { ProcedureReport } from '../model/types.js';
import type { Reason } from '../model/reasons.js';
import { declaredPct, t, type Lang } from './i18n.js';
import { html, urlLink, type Html } from './html-kit.js';
import { kindLabel, linkable, localValidityReason, missingLabel, planStatusLabel, reasonText, searchOutcomeLabel, searchSourceLabel, stateLabel, whyLabel } from './view.js';

type Tr = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => string;

/** « To check » and its items (already in the report's language): the HTML report and the dashboard. */
export function toCheckList(texts: string[], lang: Lang): Html | '' {
  if (!texts.length) return '';
  return html`<p><strong>${t(lang, 'toCheck')}</strong></p><ul class="reasons">${texts.map((x) => html`<li class="contradiction">${x}</li>`)}</ul>`;
}

function flagList(flags: Reason[] | undefined, lang: Lang): Html | '' {
  return toCheckList((flags ?? []).map((f) => reasonText(f, lang)), lang);
}

function rateField(decl: Declaration, lang: Lang, T: Tr): Html {
  const r = decl.rateReading;
  const dash = T('dash');
  const read = r?.evidence
    ? html`<br><small>${T('rateReadFrom', { text: r.evidence.text })}${r.evidence.section ? ` ${T('rateInSection', { section: r.evidence.section })}` : ''}</small>`
    : '';
  const aside = r?.setAside.length
    ? html`<br><small>${T('rateSetAside', { list: r.setAside.map((x) => `${declaredPct(x.value, lang)} (${whyLabel(x.why, lang)})`).join(', ') })}</small>`
    : '';
  const conflicting = r?.conflicting.length
    ? html`<br><strong class="contradiction">${T('rateConflicting', { list: r.conflicting.map((x) => declaredPct(x, lang)).join(', ') })}</strong>`
    : '';
  return html`${decl.rate == null ? dash : declaredPct(decl.rate, lang)}${read}${aside}${conflicting}`;
}

function dateField(decl: Declaration, field: 'establishedOn' | 'updatedOn' | 'auditDate', T: Tr): Html | string {
  const d = decl[field];
  if (!d) return T('dash');
  const w = decl.dateEvidence?.[field];
  if (!w) return d;
  return html`${d} <small>(« ${w.written} »${w.precision === 'month' ? `, ${T('monthOnly')}` : ''})</small>`;
}

function plansSection(d: DeclarationReport, id: string, lang: Lang, T: Tr): Html | '' {
  const decl = d.declaration;
  if (!decl) return '';
  const refs = decl.plans ?? [];
  const check = d.plans;
  const table = refs.length
    ? html`<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-plcap" tabindex="0"><table>
<caption id="${id}-plcap">${T('plansHeading')}</caption>
<thead><tr><th scope="col">${T('planKind')}</th><th scope="col">${T('planYears')}</th><th scope="col">${T('planText')}</th><th scope="col">${T('planLink')}</th><th scope="col">${T('planSection')}</th></tr></thead>
<tbody>${refs.map(
        (r) =>
          html`<tr><td>${T(r.kind === 'schema' ? 'planKindSchema' : 'planKindAction')}</td><td>${r.years.length ? r.years.join('–') : T('dash')}</td><td>${r.text}</td><td class="url">${r.href ? urlLink(r.href, linkable(r.href)) : T('dash')}</td><td>${r.section ?? T('dash')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${T('planNone')}</p>`;
  const status = check
    ? html`<ul><li>${T('planSchemaLine', { status: planStatusLabel(check.schema, lang) + (check.schemaYears.length ? ` (${check.schemaYears.join('–')})` : '') })}</li><li>${T('planThisYear', { year: check.year, value: T(check.thisYearPlan ? 'yes' : 'no') })}</li></ul>`
    : '';
  return html`<h4 id="${id}-plans">${T('plansHeading')}</h4>${status}${table}${flagList(check?.flags, lang)}`;
}

function sampleSection(d: DeclarationReport, id: string, lang: Lang, T: Tr): Html | '' {
  const decl = d.declaration;
  if (!decl) return '';
  // Reports of older versions have the list without links nor kinds.
  const items = decl.sample ?? (decl.pagesChecked ?? []).map((text) => ({ text, href: null, kinds: [] }));
  if (!items.length) return html`<h4 id="${id}-sample">${T('sampleHeading')}</h4><p>${T('sampleNone')}</p>`;
  const check = d.sample;
  const listed = html`<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-sicap" tabindex="0"><table>
<caption id="${id}-sicap">${T('sampleHeading')}</caption>
<thead><tr><th scope="col">${T('sampleItem')}</th><th scope="col">${T('sampleKinds')}</th><th scope="col">${T('planLink')}</th></tr></thead>
<tbody>${items.map(
    (i) => html`<tr><td>${i.text}</td><td>${i.kinds.length ? i.kinds.map((k) => kindLabel(k, lang)).join(', ') : T('dash')}</td><td class="url">${i.href ? urlLink(i.href, linkable(i.href)) : T('dash')}</td></tr>`,
  )}</tbody></table></div>`;
  const missing = check?.missingKinds.length ? html`<p>${T('sampleMissing', { list: check.missingKinds.map((k) => kindLabel(k, lang)).join(', ') })}</p>` : html`<p>${T('sampleComplete')}</p>`;
  const audited = check?.audited.length
    ? html`<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-sacap" tabindex="0"><table>
<caption id="${id}-sacap">${T('sampleAuditedCaption')}</caption>
<thead><tr><th scope="col">${T('pageUrl')}</th><th scope="col">${T('pageTitle')}</th><th scope="col">${T('sampleListedAs')}</th></tr></thead>
<tbody>${check.audited.map(
        (a) => html`<tr><td class="url">${urlLink(a.url, linkable(a.url))}</td><td>${a.title ?? T('dash')}</td><td>${a.item ?? html`<strong class="contradiction">${T('sampleNotListed')}</strong>`}</td></tr>`,
      )}</tbody></table></div>`
    : '';
  return html`<h4 id="${id}-sample">${T('sampleHeading')}</h4>${listed}${missing}${audited}`;
}

function coverageSection(d: DeclarationReport, id: string, lang: Lang, T: Tr): Html | '' {
  const c = d.mentionCoverage;
  if (!c?.pages.length) return '';
  return html`<h4 id="${id}-cov">${T('coverageHeading')}</h4>
<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-covcap" tabindex="0"><table>
<caption id="${id}-covcap">${T('coverageCaption')}</caption>
<thead><tr><th scope="col">${T('page')}</th><th scope="col">${T('coverageMention')}</th><th scope="col">${T('coverageLink')}</th></tr></thead>
<tbody>${c.pages.map(
    (pg) =>
      html`<tr><td class="url">${urlLink(pg.url, linkable(pg.url))}${pg.audited ? '' : html`<br><small>${T('coverageHome')}</small>`}</td><td>${pg.mention ? html`« ${pg.mention.text} » (${stateLabel(pg.mention.state)})` : html`<strong class="contradiction">${T('coverageNone')}</strong>`}</td><td class="url">${
        pg.declarationLink ? urlLink(pg.declarationLink, linkable(pg.declarationLink)) : d.declaration ? html`<strong class="contradiction">${T('coverageNone')}</strong>` : T('coverageNoDeclaration')
      }</td></tr>`,
  )}</tbody></table></div>
${flagList(c.flags, lang)}`;
}

export function declarationSection(p: ProcedureReport, id: string, lang: Lang): Html {
  const T: Tr = (k, pr) => t(lang, k, pr);
  const d = p.declaration;
  if (!d) return html``;
  const dash = T('dash');
  const decl = d.declaration;
  const mentions = d.mentions.length
    ? html`<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-mcap" tabindex="0"><table>
<caption id="${id}-mcap">${T('mentions')}</caption>
<thead><tr><th scope="col">${T('mentionText')}</th><th scope="col">${T('mentionState')}</th><th scope="col">${T('page')}</th><th scope="col">${T('mentionLink')}</th></tr></thead>
<tbody>${d.mentions.map(
        (m) => html`<tr><td>« ${m.text} »</td><td>${stateLabel(m.state)}</td><td class="url">${urlLink(m.page, linkable(m.page))}</td><td class="url">${m.href ? urlLink(m.href, linkable(m.href)) : T('mentionNotLink')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${T('noMention')}</p>`;
  const reason = localValidityReason(p, lang);
  const v = d.validity;
  const declaration = decl
    ? html`<h4>${T('declaration')}</h4>
<dl class="fields">
<dt>${T('pageUrl')}</dt><dd class="url">${urlLink(decl.url, linkable(decl.url))}</dd>
<dt>${T('fieldState')}</dt><dd>${stateLabel(decl.state)}</dd>
<dt>${T('fieldRate')}</dt><dd>${rateField(decl, lang, T)}</dd>
<dt>${T('fieldRgaa')}</dt><dd>${decl.rgaaVersion ?? dash}</dd>
<dt>${T('fieldEstablished')}</dt><dd>${dateField(decl, 'establishedOn', T)}</dd>
<dt>${T('fieldUpdated')}</dt><dd>${dateField(decl, 'updatedOn', T)}</dd>
<dt>${T('fieldAudit')}</dt><dd>${dateField(decl, 'auditDate', T)}</dd>
<dt>${T('fieldContact')}</dt><dd class="url">${decl.contact?.email ? html`<span>${decl.contact.email}</span>` : ''}${decl.contact?.email && decl.contact?.formUrl ? ' · ' : ''}${decl.contact?.formUrl ? urlLink(decl.contact.formUrl, linkable(decl.contact.formUrl)) : ''}${!decl.contact?.email && !decl.contact?.formUrl ? dash : ''}</dd>
<dt>${T('fieldDefenseur')}</dt><dd>${T(decl.defenseurDesDroits ? 'yes' : 'no')}</dd>
<dt>${T('fieldEvidence')}</dt><dd>${decl.evidence.length ? decl.evidence.join(' · ') : dash}</dd>
${v ? html`<dt>${T('fieldValidity')}</dt><dd><strong>${T(v.valid ? 'valid' : 'notValid')}</strong>: ${reason}</dd>` : ''}
${v?.expiresOn ? html`<dt>${T('fieldExpires')}</dt><dd>${v.expiresOn}</dd>` : ''}
${v?.mode ? html`<dt>${T('validityMode')}</dt><dd>${T(v.mode === 'strict' ? 'modeStrict' : 'modeObservatory')}</dd>` : ''}
${v?.notes?.length ? html`<dt>${T('validityNotes')}</dt><dd><ul class="reasons">${v.notes.map((n) => html`<li>${reasonText(n, lang)}</li>`)}</ul></dd>` : ''}
${d.receivable ? html`<dt>${T('fieldReceivable')}</dt><dd>${T(d.receivable.receivable ? 'yes' : 'no')}${d.receivable.missing.length ? ` (${T('fieldMissing', { list: d.receivable.missing.map((m) => missingLabel(m, lang)).join(', ') })})` : ''}</dd>` : ''}
</dl>`
    : html`<p>${T('noDeclaration', { n: d.searched.length })}</p>`;
  const unreachable = d.unreachable ? html`<p class="contradiction">${T('unreachableLine', { url: d.unreachable.url, error: d.unreachable.error })}</p>` : '';
  const searched = d.searched.length
    ? html`<div class="scroll" role="region" aria-labelledby="${id}-h ${id}-scap" tabindex="0"><table>
<caption id="${id}-scap">${T('searched')}</caption>
<thead><tr><th scope="col">${T('pageUrl')}</th><th scope="col">${T('searchSource')}</th><th scope="col">${T('searchOutcome')}</th></tr></thead>
<tbody>${d.searched.map((s) => html`<tr><td class="url">${urlLink(s.url, linkable(s.url))}</td><td>${searchSourceLabel(s.source, lang)}</td><td>${searchOutcomeLabel(s.outcome, lang)}</td></tr>`)}</tbody></table></div>`
    : '';
  return html`
<section>
<h3 id="${id}-d">${T('declarationHeading')}</h3>
${unreachable}
${mentions}
${coverageSection(d, id, lang, T)}
${declaration}
${plansSection(d, id, lang, T)}
${sampleSection(d, id, lang, T)}
${searched}
</section>`;
}
