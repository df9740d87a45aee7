/** A parsed declaration for the judge's tests: every field set, the given ones overridden. */
import type { Declaration } from '../../src/model/declaration.js';

export function makeDecl(over: Partial<Declaration> = {}): Declaration {
  return {
    url: 'https://x.gouv.fr/accessibilite',
    evidence: ['État de conformité', 'Résultats des tests'],
    state: 'partiellement',
    rate: 67.16,
    rateReading: { evidence: null, setAside: [], conflicting: [] },
    rgaaVersion: '4.1',
    establishedOn: '2024-03-12',
    updatedOn: null,
    auditDate: null,
    dateEvidence: { establishedOn: null, updatedOn: null, auditDate: null },
    contact: { email: 'a11y@x.gouv.fr', formUrl: null },
    defenseurDesDroits: true,
    pagesChecked: null,
    sample: null,
    plans: [],
    ...over,
  };
}
