/**
 * The judge stage's sentences are reasons (an id with parameters) defined in
 * src/model/reasons.ts, rendered in English there and in French by src/report/judge-fr.ts.
 */
export { en, formatRate, reason, type Catalogue, type Method, type MissingItem, type RateSource, type Reason } from '../model/reasons.js';
