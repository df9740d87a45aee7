/** What the checks over the `listeners` artifact share: the evidence for a listener, a scope from listeners. */
import type { ListenersArtifact, ProbeListener } from '../../gather/artifacts.js';
import type { MessageCatalogue, MessageParams } from '../../model/message.js';
import type { CheckNode, CheckResult } from './define.js';

/** A node for a listener, for the evidence list. */
export function listenerNode(l: ProbeListener, messageId: string, params?: MessageParams): CheckNode {
  const said = { messageId, ...(params ? { params } : {}) };
  if (l.node) return { selector: l.node.selector, snippet: l.node.snippet, ...said };
  return { selector: l.on, snippet: `${l.on}.addEventListener('${l.type}', …)`, ...said };
}

/** When the listeners could not be read: the page, and why. */
export function unreadableNode(error: string): CheckNode {
  return { selector: 'html', snippet: '<html>', messageId: 'listeners-unreadable', params: { error } };
}

/** The messages of unreadableNode, for the meta of the checks that use it. */
export const LISTENER_MESSAGES: MessageCatalogue = {
  'listeners-unreadable': { en: 'event listeners could not be read ({error})', fr: 'les écouteurs d’événements n’ont pas pu être lus ({error})' },
};

/**
 * The messages of listenerScope, for the meta of the checks that use it; each such check adds the
 * fragment `what` (what a human must check).
 */
export const LISTENER_SCOPE_MESSAGES: MessageCatalogue = {
  'listeners-unreadable-scope': {
    en: 'event listeners could not be read ({error}): {what} cannot be ruled out',
    fr: 'les écouteurs d’événements n’ont pas pu être lus ({error}) : on ne peut pas exclure {what}',
  },
  'listens-check': { en: "listens to '{type}': check {what}", fr: 'écoute « {type} » : vérifier {what}' },
};

/** A scope from the listeners of some types plus extra counts, each listener listed for a human. */
export function listenerScope(probe: ListenersArtifact, types: Set<string>, extra: number, filter: (l: ProbeListener) => boolean = () => true): CheckResult {
  const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
  const what = { id: 'what' };
  if (probe.listenerError) {
    r.applicable = 1;
    r.doubts.push({ selector: 'html', snippet: '<html>', messageId: 'listeners-unreadable-scope', params: { error: probe.listenerError, what } });
    return r;
  }
  const hits = probe.listeners.filter((l) => types.has(l.type) && filter(l));
  r.applicable = hits.length + extra;
  for (const l of hits.slice(0, 10)) r.doubts.push(listenerNode(l, 'listens-check', { type: l.type, what }));
  return r;
}

/**
 * A scope that any listener at all puts in, plus extra counts; nothing listed for a human (every
 * scripted page would list the same listeners under many tests), but listeners that could not be
 * read leave the scope unknown (a doubt).
 */
export function anyListenerScope(probe: ListenersArtifact, extra: number): CheckResult {
  if (probe.listenerError) return listenerScope(probe, new Set(), extra);
  return { applicable: probe.listeners.length + extra, failures: [], doubts: [] };
}
