/**
 * Is the declaration still valid, and which of its dates counts.
 *
 * The obligations: a declaration « est valide à partir de sa date de publication » and must be
 * redone 3 years after it, 18 months after a new RGAA version is published, and after a
 * redesign. The date that counts is the most recent the declaration gives of its establishment,
 * its update and its audit: an updated declaration is published again, and a declaration that
 * states a newer audit was rewritten with it. The observatory judges that date on the 3-year
 * rule only; so does the default mode here.
 *
 * What the default mode only notes, `strict` also applies:
 * - the 18-month rule (rules/rgaa-versions.yaml);
 * - the audit's own age: an update without a new audit does not renew the audit, and a
 *   declaration whose audit is more than 3 years old rests on no audit result « en cours de
 *   validité » (the obligations' definition of « non conforme »).
 * A date given by month only counts from the first of that month: the earliest reading, so a
 * validity is never longer than the real one.
 */
import { addDays, addYears, isIsoDate } from './dates.js';
import type { Declaration } from './declaration.js';
import { versionRule } from './versions.js';
import { reason, type DateBasis, type DateField, type MissingItem, type Reason } from '../model/reasons.js';
import type { Receivability, Validity, ValidityMode } from '../model/declaration.js';

export type { Receivability, Validity, ValidityMode } from '../model/declaration.js';

export const VALIDITY_MODES: readonly ValidityMode[] = ['observatory', 'strict'];

/** A declaration is valid for 3 years from its most recent date. */
export const VALIDITY_YEARS = 3;

export function checkDate(asOf: string): void {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${asOf}`);
}

const FIELDS: DateField[] = ['establishedOn', 'updatedOn', 'auditDate'];

function none(r: Reason, mode: ValidityMode): Validity {
  return { valid: false, referenceDate: null, basis: null, expiresOn: null, reason: r, notes: [], mode, rgaa: null, auditExpiresOn: null };
}

/**
 * Valid when the most recent of the declaration's dates is less than 3 years before `asOf` and
 * not more than one day after it; in `strict` mode, also when the 18-month rule has not lapsed
 * and the audit is less than 3 years old.
 */
export function validity(decl: Declaration | null, asOf: string, mode: ValidityMode = 'observatory'): Validity {
  checkDate(asOf);
  if (!decl) return none(reason('noDeclaration', {}), mode);
  const dates = FIELDS.map((f) => decl[f]).filter((d): d is string => d !== null && isIsoDate(d));
  if (dates.length === 0) return none(reason('declarationUndated', { url: decl.url }), mode);
  const ref = dates.sort().at(-1) as string;
  const basis: DateBasis = ref === decl.establishedOn ? 'established' : ref === decl.updatedOn ? 'updated' : 'audit';
  const expiresOn = addYears(ref, VALIDITY_YEARS);
  const strict = mode === 'strict';

  const notes: Reason[] = [];
  for (const f of FIELDS) {
    const w = decl.dateEvidence?.[f];
    const d = decl[f];
    if (w?.precision === 'month' && d) notes.push(reason('monthPrecision', { field: f, written: w.written, date: d }));
  }
  const audit = decl.auditDate && isIsoDate(decl.auditDate) ? decl.auditDate : null;
  if (audit && decl.updatedOn && basis === 'updated' && audit < decl.updatedOn) {
    notes.push(reason('updatedWithoutAudit', { updated: decl.updatedOn, audit }));
  }
  const auditExpiresOn = audit ? addYears(audit, VALIDITY_YEARS) : null;
  const auditLapsed = !!auditExpiresOn && asOf >= auditExpiresOn && ref !== audit;
  const rgaa = versionRule(decl.rgaaVersion, asOf);
  const base = { referenceDate: ref, basis, expiresOn, mode, rgaa, auditExpiresOn };

  if (ref > addDays(asOf, 1)) {
    return { ...base, valid: false, reason: reason('declarationInFuture', { url: decl.url, date: ref, asOf }), notes };
  }
  const threeYears =
    asOf >= expiresOn
      ? reason('declarationExpired', { url: decl.url, date: ref, expires: expiresOn, basis })
      : reason('declarationValid', { url: decl.url, date: ref, expires: expiresOn, basis });
  // The other rules: decisive in strict mode, notes otherwise (an expired declaration needs no more).
  const others: Reason[] = [];
  if (asOf < expiresOn) {
    if (rgaa?.lapsed) others.push(reason('rgaaSuperseded', { version: rgaa.version, next: rgaa.next, published: rgaa.published, redoBy: rgaa.redoBy, applied: strict }));
    if (auditLapsed) others.push(reason('auditExpired', { audit: audit as string, expires: auditExpiresOn as string, applied: strict }));
  }
  if (asOf >= expiresOn) return { ...base, valid: false, reason: threeYears, notes };
  if (strict && others.length) return { ...base, valid: false, reason: others[0], notes: [threeYears, ...others.slice(1), ...notes] };
  return { ...base, valid: true, reason: threeYears, notes: [...others, ...notes] };
}

/**
 * 2023 method: a declaration is receivable when it states the conformance level, gives a
 * contact means, shows the global rate and is valid. (The sample is reported in the reasons
 * but not required: many declarations describe it in a form the parser does not read.)
 */
export function receivable(decl: Declaration | null, asOf: string, mode: ValidityMode = 'observatory'): Receivability {
  checkDate(asOf);
  if (!decl) return { receivable: false, missing: ['state', 'contact', 'rate', 'validity'] };
  const missing: MissingItem[] = [];
  if (decl.state === null) missing.push('state');
  if (!decl.contact || (!decl.contact.email && !decl.contact.formUrl)) missing.push('contact');
  if (decl.rate === null) missing.push('rate');
  if (!validity(decl, asOf, mode).valid) missing.push('validity');
  return { receivable: missing.length === 0, missing };
}
