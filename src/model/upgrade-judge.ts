/**
 * The judge's part of a procedure written by an older version, in today's shape: reasons that
 * were plain English strings (schemaVersion 1 and 2) become reasons with the id `text` and that
 * string (reports render them as written), and the fields added since are filled with what
 * « not looked for » means (null, empty). Used through upgradeProcedure by `merge`,
 * `batch --resume` and `--baseline`.
 */
import type { Declaration, DeclarationReport, Validity } from './declaration.js';
import type { Reason } from './reasons.js';
import type { ProcedureReport } from './types.js';

/** A reason kept from an older report: its English text only (no catalogue renders the id). */
function asReason(r: unknown): Reason {
  if (r && typeof r === 'object' && 'id' in r) return r as Reason;
  return { id: 'text', params: {}, text: String(r ?? '') } as unknown as Reason;
}

function upgradeDeclaration(d: Declaration): Declaration {
  return {
    ...d,
    rateReading: d.rateReading ?? { evidence: null, setAside: [], conflicting: [] },
    dateEvidence: d.dateEvidence ?? { establishedOn: null, updatedOn: null, auditDate: null },
    sample: d.sample ?? null,
    plans: d.plans ?? [],
  };
}

function upgradeValidity(v: Validity): Validity {
  return {
    ...v,
    reason: asReason(v.reason),
    basis: v.basis ?? null,
    notes: (v.notes ?? []).map(asReason),
    mode: v.mode ?? 'observatory',
    rgaa: v.rgaa ?? null,
    auditExpiresOn: v.auditExpiresOn ?? null,
  };
}

function upgradeReport(d: DeclarationReport): DeclarationReport {
  return {
    ...d,
    declaration: d.declaration ? upgradeDeclaration(d.declaration) : null,
    validity: d.validity ? upgradeValidity(d.validity) : null,
    mentionCoverage: d.mentionCoverage ?? null,
    plans: d.plans ?? null,
    sample: d.sample ?? null,
    unreachable: d.unreachable ?? null,
  };
}

/** Today's shape of the judge's fields; a procedure already in it is returned unchanged. */
export function upgradeJudgement(p: ProcedureReport): ProcedureReport {
  const v = p.verdict;
  const current =
    (!v || (v.reasons.every((r) => typeof r === 'object') && v.contradictions.every((r) => typeof r === 'object'))) &&
    (!p.declaration || ('mentionCoverage' in p.declaration && (!p.declaration.validity || typeof p.declaration.validity.reason === 'object')));
  if (current) return p;
  return {
    ...p,
    declaration: p.declaration ? upgradeReport(p.declaration) : null,
    verdict: v ? { ...v, reasons: v.reasons.map(asReason), contradictions: v.contradictions.map(asReason) } : null,
  };
}
