/**
 * What a check's result may say, from its meta (evaluate/checks/define.ts): the tests it names
 * are its own, failures, doubts and empty scopes only when its meta says it can return them, and
 * every element's message is an id of its meta's messages that renders in English and in French
 * with the parameters given (model/message.ts).
 * Run on every check of every fixture page (tests/checks/harness.ts, tests/checks/snapshot.test.ts).
 */
import type { RawPage } from '../../src/gather/inpage.js';
import { checkById } from '../../src/evaluate/checks/registry.js';
import { renderMessage, type MessageCatalogue } from '../../src/model/message.js';
import type { CheckNode } from '../../src/gather/inpage-api.js';

/** The broken promises of the checks' results on one page (empty when every result keeps its meta). */
export function contractBreaches(raw: RawPage): string[] {
  const out: string[] = [];
  for (const [id, res] of Object.entries(raw.checks)) {
    const check = checkById(id);
    if (!check) {
      out.push(`${id}: a result from no registered check`);
      continue;
    }
    if ('error' in res) continue;
    const { decides, scopes, returns } = check.meta;
    const mine = (t: string) => decides.includes(t) || scopes.some((s) => s === t || t.startsWith(`${s}.`));
    const can = (r: string) => (returns as string[]).includes(r);
    for (const t of Object.keys(res.byTest ?? {})) if (!mine(t)) out.push(`${id}: reports on ${t}, which its meta neither decides nor scopes`);
    const parts = res.byTest ? Object.entries(res.byTest) : [];
    if ((res.failures.length || parts.some(([, p]) => p.failures.length)) && !can('NC')) out.push(`${id}: a failure, but its meta does not return NC`);
    if ((res.doubts.length || parts.some(([, p]) => p.doubts.length)) && !can('review')) out.push(`${id}: a doubt, but its meta does not return review`);
    const empty = (scopes.length && res.applicable === 0) || parts.some(([t, p]) => decides.includes(t) && p.applicable === 0);
    if (empty && !can('NA')) out.push(`${id}: nothing in scope (NA), but its meta does not return NA`);
    for (const n of [...res.failures, ...res.doubts, ...parts.flatMap(([, p]) => [...p.failures, ...p.doubts])]) {
      const broken = messageBreach(check.meta.messages, n);
      if (broken) out.push(`${id}: ${broken}`);
    }
  }
  return out;
}

/** Why an element's message does not render from the check's messages in both languages, or null. */
export function messageBreach(messages: MessageCatalogue, n: CheckNode): string | null {
  if (typeof n.messageId !== 'string') return `an element without a message id (${JSON.stringify(n).slice(0, 120)})`;
  for (const lang of ['en', 'fr'] as const) {
    try {
      renderMessage(messages, { id: n.messageId, params: n.params }, lang);
    } catch (e) {
      return `${(e as Error).message} (${lang}) in its meta`;
    }
  }
  return null;
}
