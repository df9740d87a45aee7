/**
 * `--format declaration`: a draft of the accessibility declaration, in Markdown and HTML, that
 * follows DINUM's model (official/modele-de-declaration.md: its sections, in order, and its
 * sentences) and is pre-filled only with facts the run established: the procedure, the pages of
 * the sample, the technologies seen in them, the environment and tools of the measure, and the
 * NC found, by criterion, as a starting point for « Non-conformités ».
 *
 * The conformity state and the rates are left to the audit: a measure is not an audit and its rate
 * cannot be published as the declared one. Everything else is a visible « [À COMPLÉTER : …] », so
 * that no blank can be published unnoticed. Text from the pages is escaped in both formats.
 */
import type { AuditReport, PageReport, ProcedureReport } from '../model/types.js';
import { esc, html, htmlDocument, join, raw, type Html } from './html-kit.js';
import { escapeMarkdown } from './markdown.js';
import { officialCriteria } from './official.js';
import { criteriaWith, numericDate, linkable, safePart } from './view.js';

/** Every blank left for a person starts with this, in both formats. */
export const TODO = 'À COMPLÉTER';
/** Selectors shown per page under an NC criterion. */
const SELECTORS_SHOWN = 3;

/** A piece of text: ours (a constant), from a page or the user (escaped), a blank, a selector, a URL. */
type Inline = string | { page: string } | { todo: string } | { code: string } | { url: string };
interface Item {
  text: Inline[];
  sub?: Inline[][];
}
type Block = { h: 1 | 2 | 3; text: string } | { p: Inline[] } | { ul: Item[] } | { notice: Inline[][] };

const todo = (what: string): Inline => ({ todo: what });

function origin(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Technologies seen in the audited pages, in the order first seen. */
export function technologies(p: ProcedureReport): string[] {
  return [...new Set(p.pages.flatMap((pg) => pg.technologies ?? []))];
}

function pageLabel(pg: PageReport, i: number): Inline[] {
  const title = pg.error ? `non auditée : ${pg.error}` : pg.title || 'sans titre';
  return [`P${String(i + 1).padStart(2, '0')} `, { page: title }, ' ', { url: pg.url }];
}

/** The NC found, by criterion in RGAA order, each with the pages and a few elements. */
function nonConformities(p: ProcedureReport): Item[] {
  const official = officialCriteria();
  return criteriaWith(p, 'NC').map((id) => ({
    text: [`Critère ${id} : ${official.get(id)?.title ?? ''}`],
    sub: p.pages.flatMap((pg, i) => {
      const c = pg.criteria[id];
      if (pg.error || c?.status !== 'NC') return [];
      const shown = c.findings.slice(0, SELECTORS_SHOWN).flatMap((f, k): Inline[] => [k ? ', ' : '', { code: f.selector }]);
      const n = c.findings.length;
      const count: Inline[] = n ? [` : ${n} élément${n > 1 ? 's' : ''}, dont `, ...shown] : [' : NC sans élément désigné (avec --process : NC sur une autre étape du processus)'];
      return [[...pageLabel(pg, i), ...count]];
    }),
  }));
}

/** The draft's content, in the model's order (see official/modele-de-declaration.md). */
export function declarationBlocks(report: AuditReport, p: ProcedureReport): Block[] {
  const site: Inline[] = [{ page: p.name }, ...(origin(p.pages[0]?.url) ? [' (', { url: origin(p.pages[0].url)! }, ')'] : [])];
  const entity = todo('nom de l’entité');
  const techs = technologies(p);
  const nc = nonConformities(p);
  return [
    { h: 1, text: 'Déclaration d’accessibilité' },
    {
      notice: [
        ['BROUILLON À COMPLÉTER, NE PAS PUBLIER EN L’ÉTAT.'],
        [`Pré-rempli par rgaa-audit ${report.tool.version} le ${numericDate(report.startedAt)} avec les seuls faits d’une mesure automatisée : la démarche, les pages de l’échantillon, les technologies vues dans ces pages, l’environnement et les outils de la mesure, et les non-conformités relevées.`],
        ['Une mesure automatisée n’est pas un audit : elle ne décide qu’une partie des critères du RGAA, et son taux (le taux mesuré) ne peut pas être publié comme taux de la déclaration. L’état de conformité et les résultats des tests viennent de l’audit de conformité (grille d’audit officielle : rgaa-audit --format ods).'],
        [`Remplacez chaque « [${TODO} : …] » avant toute publication.`],
      ],
    },
    { p: [entity, ' s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles (et ses applications mobiles et mobilier urbain numérique) conformément à l’article 47 de la loi n°2005-102 du 11 février 2005.'] },
    { p: ['À cette fin, ', entity, ' met en œuvre la stratégie et les actions suivantes :'] },
    {
      ul: [
        { text: ['Schéma pluriannuel de mise en accessibilité ', todo('années et URL'), ' ;'] },
        { text: ['Actions réalisées ', todo('années et URL'), ' ;'] },
        { text: ['Plan d’actions ', todo('années et URL'), '.'] },
      ],
    },
    { p: ['Cette déclaration d’accessibilité s’applique à ', ...site, '.'] },
    { h: 2, text: 'État de conformité' },
    { p: [{ page: p.name }, ' est ', todo('après l’audit : totalement, partiellement ou non'), ' conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2 ', todo('en raison des non-conformités et des dérogations énumérées ci-dessous, selon l’état'), '.'] },
    { h: 3, text: 'Résultats des tests' },
    { p: ['L’audit de conformité réalisé par ', todo('nom de l’entité qui a réalisé l’audit'), ' révèle que :'] },
    {
      ul: [
        { text: [todo('après l’audit : nn'), ' % des critères du RGAA version 4.1.2 sont respectés ;'] },
        { text: ['(Facultatif) Le taux moyen de conformité du site s’élève à ', todo('après l’audit : nn'), ' % ;'] },
        { text: ['(Facultatif) Accès à la grille d’audit RGAA ', todo('URL'), ' pour télécharger la grille d’audit.'] },
      ],
    },
    { h: 2, text: 'Contenus non accessibles' },
    { h: 3, text: 'Non-conformités' },
    { p: [todo('les non-conformités établies par l’audit, décrites pour les usagers (ce qui ne fonctionne pas, l’alternative, la date de correction)')] },
    ...(nc.length
      ? [{ p: ['Point de départ : les critères où la mesure automatisée a trouvé des non-conformités (NC), par page ; à vérifier et à reformuler, l’audit en trouvera d’autres :'] }, { ul: nc }]
      : [{ p: ['La mesure automatisée n’a trouvé aucune non-conformité (NC) ; cela ne dit rien des critères qu’elle ne décide pas.'] }]),
    { h: 3, text: 'Dérogations pour charge disproportionnée' },
    { p: [todo('les dérogations, ou supprimer cette section')] },
    { h: 3, text: 'Contenus non soumis à l’obligation d’accessibilité' },
    { p: [todo('les contenus concernés, ou supprimer cette section')] },
    { h: 2, text: 'Établissement de cette déclaration d’accessibilité' },
    { p: ['Cette déclaration a été établie le ', todo('JJ/MM/AAAA'), '. Elle a été mise à jour le ', todo('JJ/MM/AAAA'), '.'] },
    { h: 3, text: 'Technologies utilisées pour la réalisation du site' },
    techs.length ? { ul: techs.map((t) => ({ text: [{ page: t }] })) } : { p: [todo('les technologies (aucune relevée dans les pages)')] },
    { h: 3, text: 'Environnement de test' },
    { p: ['Les vérifications de restitution de contenus ont été réalisées sur la base de la combinaison fournie par la base de référence du RGAA, avec les versions suivantes :'] },
    {
      ul: [
        { text: [todo('navigateurs et technologies d’assistance de l’audit, avec leurs versions')] },
        { text: ['Mesure automatisée : ', report.browser ? { page: report.browser } : todo('navigateur'), ', sans interface (headless)'] },
      ],
    },
    { h: 3, text: 'Outils pour évaluer l’accessibilité' },
    { ul: [{ text: [`rgaa-audit ${report.tool.version}`] }, { text: [`axe-core ${report.axeVersion}`] }, { text: [todo('les autres outils de l’audit')] }] },
    { h: 3, text: 'Pages du site ayant fait l’objet de la vérification de conformité' },
    { ul: p.pages.map((pg, i) => ({ text: pageLabel(pg, i) })) },
    { h: 2, text: 'Retour d’information et contact' },
    { p: ['Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable de ', { page: p.name }, ' pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.'] },
    { ul: [{ text: ['Envoyer un message ', todo('URL du formulaire en ligne'), ' ;'] }, { text: ['Contacter ', todo('nom de l’entité responsable du service en ligne et coordonnées'), '.'] }] },
    { h: 2, text: 'Voies de recours' },
    { p: ['Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.'] },
    { p: ['Plusieurs moyens sont à votre disposition :'] },
    {
      ul: [
        { text: ['Écrire un message au Défenseur des droits'] },
        { text: ['Contacter le délégué du Défenseur des droits dans votre région'] },
        { text: ['Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07'] },
      ],
    },
    { p: ['Modèle de déclaration : DINUM, https://accessibilite.numerique.gouv.fr (Licence Ouverte 2.0). Brouillon pré-rempli par rgaa-audit.'] },
  ];
}

function mdInline(parts: Inline[]): string {
  return parts
    .map((x) => {
      if (typeof x === 'string') return x;
      if ('todo' in x) return `**[${TODO} : ${x.todo}]**`;
      if ('page' in x) return escapeMarkdown(x.page, 500);
      if ('code' in x) return escapeMarkdown(x.code, 200);
      return escapeMarkdown(x.url, 500);
    })
    .join('');
}

export function renderDeclarationMarkdown(report: AuditReport, p: ProcedureReport): string {
  const out: string[] = [];
  for (const b of declarationBlocks(report, p)) {
    if ('h' in b) out.push(`${'#'.repeat(b.h)} ${b.text}`);
    else if ('p' in b) out.push(mdInline(b.p));
    else if ('notice' in b) out.push(b.notice.map((para, i) => `> ${i === 0 ? `**${mdInline(para)}**` : mdInline(para)}`).join('\n>\n'));
    else out.push(b.ul.map((it) => [`- ${mdInline(it.text)}`, ...(it.sub ?? []).map((s) => `  - ${mdInline(s)}`)].join('\n')).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

function htmlInline(parts: Inline[]): Html {
  return join(
    parts.map((x) => {
      if (typeof x === 'string') return x;
      if ('todo' in x) return html`<mark class="a-completer">[${TODO} : ${x.todo}]</mark>`;
      if ('page' in x) return x.page;
      if ('code' in x) return html`<code>${x.code}</code>`;
      const href = linkable(x.url);
      return href && /^https?:/.test(href) ? html`<a href="${href}" rel="noopener noreferrer">${x.url}</a>` : x.url;
    }),
  );
}

export function renderDeclarationHtml(report: AuditReport, p: ProcedureReport): string {
  const body = declarationBlocks(report, p).map((b) => {
    if ('h' in b) return raw(`<h${b.h}>${esc(b.text)}</h${b.h}>`);
    if ('p' in b) return html`<p>${htmlInline(b.p)}</p>`;
    if ('notice' in b) return html`<div class="finding" role="note">${b.notice.map((para, i) => (i === 0 ? html`<p><strong>${htmlInline(para)}</strong></p>` : html`<p>${htmlInline(para)}</p>`))}</div>`;
    return html`<ul>${b.ul.map((it) => html`<li>${htmlInline(it.text)}${it.sub?.length ? html`<ul>${it.sub.map((s) => html`<li>${htmlInline(s)}</li>`)}</ul>` : ''}</li>`)}</ul>`;
  });
  return htmlDocument({ lang: 'fr', title: `Brouillon – Déclaration d’accessibilité – ${p.name}`, body: html`<main>${body}</main>` });
}

/** One draft per procedure, in HTML and Markdown. */
export function renderDeclarations(report: AuditReport): { part: string; ext: string; data: string }[] {
  const several = report.procedures.length > 1;
  const used = new Set<string>();
  return report.procedures.flatMap((p, i) => {
    let part = several ? `.${safePart(p.id)}` : '';
    if (used.has(part)) part += `.${i + 1}`;
    used.add(part);
    return [
      { part, ext: '.declaration.html', data: renderDeclarationHtml(report, p) },
      { part, ext: '.declaration.md', data: renderDeclarationMarkdown(report, p) },
    ];
  });
}
