/**
 * The judge stage's reasons in French: the same ids and parameters as the English catalogue in
 * src/model/reasons.ts. The report layer renders stored reasons with it (see view.ts).
 */
import type { Catalogue, DateBasis, DateField, ExpectedRange, MissingItem, PageKind, RateSource, SetAsideWhy } from '../model/reasons.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 2025-09-01 → « 1er septembre 2025 »; anything else is returned as is. */
export function frenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || +m[2] < 1 || +m[2] > 12) return iso;
  const day = +m[3];
  return `${day === 1 ? '1er' : day} ${MONTHS[+m[2] - 1]} ${m[1]}`;
}

/** A rate as published or measured, never rounded up: at most two decimals, cut, decimal comma. */
export function formatRateFr(n: number): string {
  const s = String(n);
  const m = /^(-?\d+\.\d{2})\d+$/.exec(s);
  return `${(m ? m[1] : s).replace('.', ',')} %`;
}

const MISSING_FR: Record<MissingItem, string> = {
  state: 'le niveau de conformité',
  contact: 'un moyen de contact',
  rate: 'le taux global de conformité',
  validity: 'une date de moins de 3 ans',
};

const STATE_FR: Record<string, string> = {
  totalement: '« totalement conforme »',
  partiellement: '« partiellement conforme »',
  non: '« non conforme »',
};

const EXPECTED_FR: Record<ExpectedRange, string> = {
  full: '100 %',
  partial: 'de 50 % à moins de 100 %',
  non: 'moins de 50 %',
};

const BASIS_FR: Record<DateBasis, string> = {
  established: '',
  updated: ' (date de sa dernière mise à jour)',
  audit: ' (date de son audit)',
};

const FIELD_FR: Record<DateField, string> = {
  establishedOn: 'La date d’établissement de la déclaration',
  updatedOn: 'La date de mise à jour de la déclaration',
  auditDate: 'La date de l’audit',
};

const WHY_FR: Record<SetAsideWhy, string> = {
  average: 'le taux moyen',
  target: 'un objectif ou un seuil',
  earlier: 'un audit antérieur',
};

export const KIND_FR: Record<PageKind, string> = {
  home: 'page d’accueil',
  contact: 'contact',
  legal: 'mentions légales',
  accessibility: 'page accessibilité',
  help: 'aide',
  sitemap: 'plan du site',
  login: 'authentification',
};

const APPLIED_FR = (applied: boolean) =>
  applied
    ? ' (--validity strict : la déclaration n’est pas valide)'
    : ' (avertissement : l’observatoire ne juge que la règle des 3 ans ; --validity strict applique cette règle)';

const rateLabel = (source: RateSource) => (source === 'declared' ? 'Taux déclaré' : 'Taux mesuré');
const list = (xs: string[], max = 5) => (xs.length > max ? `${xs.slice(0, max).join(', ')} et ${xs.length - max} autres` : xs.join(', '));
const years = (ys: number[]) => ys.join('-');
const kinds = (ks: PageKind[]) => ks.map((k) => KIND_FR[k] ?? k).join(', ');

export const fr: Catalogue = {
  noDeclaration: () => 'Aucune déclaration d’accessibilité trouvée',
  siteUnreachable: ({ url, error }) =>
    `Le site n’a pas pu être joint (${url} : ${error}) : aucune page n’a été auditée et la déclaration n’a pas pu être cherchée`,
  declarationUndated: ({ url }) =>
    `La déclaration trouvée à ${url} ne donne aucune date (établissement, mise à jour ou audit) : sa validité ne peut pas être établie`,
  declarationValid: ({ url, date, expires, basis }) =>
    `Déclaration trouvée à ${url}, datée du ${frenchDate(date)}${BASIS_FR[basis]}, valide jusqu’au ${frenchDate(expires)}`,
  declarationExpired: ({ url, date, expires, basis }) =>
    `La déclaration trouvée à ${url}, datée du ${frenchDate(date)}${BASIS_FR[basis]}, a expiré le ${frenchDate(expires)} (une déclaration doit être refaite après 3 ans)`,
  declarationInFuture: ({ url, date, asOf }) =>
    `La déclaration trouvée à ${url} est datée du ${frenchDate(date)}, après la date de cette vérification (${frenchDate(asOf)})`,
  monthPrecision: ({ field, written, date }) =>
    `${FIELD_FR[field]} n’est donnée qu’au mois (« ${written} ») : lue comme le ${frenchDate(date)}, premier jour du mois (la lecture la plus ancienne)`,
  updatedWithoutAudit: ({ updated, audit }) =>
    `La déclaration a été mise à jour le ${frenchDate(updated)} mais ses résultats reposent sur l’audit du ${frenchDate(audit)} : une mise à jour sans nouvel audit ne renouvelle pas la validité de l’audit`,
  auditExpired: ({ audit, expires, applied }) =>
    `L’audit du ${frenchDate(audit)} a plus de 3 ans (depuis le ${frenchDate(expires)}) : aucun résultat d’audit n’est plus en cours de validité${APPLIED_FR(applied)}`,
  rgaaSuperseded: ({ version, next, published, redoBy, applied }) =>
    `La déclaration repose sur le RGAA ${version} ; le RGAA ${next} a été publié le ${frenchDate(published)}, la déclaration devait donc être refaite avant le ${frenchDate(redoBy)} (18 mois plus tard)${APPLIED_FR(applied)}`,

  noRate: ({ source }) =>
    source === 'declared' ? 'La déclaration ne donne pas de taux global de conformité' : 'Aucun taux de conformité mesuré n’est disponible',
  rateAmbiguous: ({ values }) =>
    `La déclaration donne plusieurs taux de critères respectés (${values.map(formatRateFr).join(', ')}) sans dire lequel est le taux global : aucun n’est retenu`,
  rateSetAside: ({ values, why }) =>
    `Les pourcentages de la déclaration ne sont pas son taux global actuel : ${values.map((v, i) => `${formatRateFr(v)} (${WHY_FR[why[i]] ?? why[i]})`).join(', ')}`,
  rateAtLeast: ({ source, rate, threshold }) => `${rateLabel(source)} de ${formatRateFr(rate)} : au moins ${threshold} %`,
  rateBelow: ({ source, rate, threshold }) => `${rateLabel(source)} de ${formatRateFr(rate)} : moins de ${threshold} %`,
  rateFull: ({ source, rate }) => `${rateLabel(source)} de ${formatRateFr(rate)} : 100 %`,

  notReceivable: ({ missing }) => `La déclaration n’est pas recevable : il lui manque ${missing.map((m) => MISSING_FR[m]).join(', ')}`,
  receivable: () =>
    'La déclaration est recevable : elle indique le niveau de conformité, un moyen de contact et le taux global, et date de moins de 3 ans',
  sampleListed: ({ n, missing }) =>
    `La déclaration liste ${n} pages vérifiées (son échantillon)` +
    (missing.length ? ` ; la liste ne nomme aucune page ${kinds(missing)} (requise quand le site en a une)` : ', avec chaque type de page que demande le RGAA'),
  sampleNotRead: () => 'La déclaration ne donne pas de liste de pages vérifiées lisible par l’outil : son échantillon n’est pas jugé',

  conclusion: ({ method, value }) => {
    const rule =
      method === '2020'
        ? 'Oui = déclaration valide et taux d’au moins 75 % ; Partiel = déclaration valide seulement ; Non = pas de déclaration valide'
        : 'Oui = 100 % ; Partiel = de 50 à 99 % ; Non = moins de 50 % ou pas de déclaration recevable ; À venir = pas encore évaluée';
    return `Méthode ${method} : ${value} (${rule})`;
  },

  stateRateMismatch: ({ state, rate, expected }) =>
    `La déclaration se dit ${STATE_FR[state] ?? state} mais affiche un taux de ${formatRateFr(rate)} (${EXPECTED_FR[expected]} attendu)`,
  mentionsDisagree: ({ states }) => `Les mentions d’accessibilité se contredisent : ${states.map((s) => STATE_FR[s] ?? s).join(' contre ')}`,
  mentionVsDeclaration: ({ mention, page, declared }) =>
    `La mention sur ${page} indique ${STATE_FR[mention] ?? mention} mais la déclaration indique ${STATE_FR[declared] ?? declared}`,
  fullClaimButNC: ({ claim, nc }) =>
    `La déclaration affirme ${claim === 'rate' ? '100 %' : '« totalement conforme »'} mais l’outil a trouvé ${nc} critères non conformes`,
  mentionFullButNC: ({ page, nc }) =>
    `La mention sur ${page} indique « totalement conforme » mais l’outil a trouvé ${nc} critères non conformes`,
  rateAboveBound: ({ rate, bound, nc, total }) =>
    `Le taux déclaré de ${formatRateFr(rate)} dépasse le taux le plus élevé possible avec ${nc} critères non conformes sur ${total} (${formatRateFr(bound)})`,

  planMissing: () => 'La déclaration ne renvoie à aucun schéma pluriannuel',
  planOutdated: ({ years: ys, asOfYear }) => `Le schéma pluriannuel (${years(ys)}) est échu ou a plus de 3 ans en ${asOfYear}`,
  planUndated: () => 'Le schéma pluriannuel ne donne aucune année : son âge ne peut pas être établi',
  actionPlanMissing: ({ year, found }) =>
    `La déclaration ne renvoie à aucun plan d’action pour ${year}` + (found.length ? ` (plans d’action trouvés : ${found.map(years).join(', ')})` : ''),
  sampleLacks: ({ missing }) => `L’échantillon de la déclaration ne nomme aucune page ${kinds(missing)} (requise quand le site en a une)`,
  auditedNotListed: ({ pages }) => `Pages auditées par l’outil que l’échantillon de la déclaration ne liste pas : ${list(pages)}`,
  pagesWithoutMention: ({ pages }) => `Pages sans la mention d’accessibilité : ${list(pages)}`,
  pagesWithoutDeclarationLink: ({ pages }) => `Pages sans lien vers la déclaration : ${list(pages)}`,
};
