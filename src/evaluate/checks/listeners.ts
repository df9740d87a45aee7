/** What the checks over the `listeners` artifact share: the evidence for a listener, a scope from listeners. */
import type { ListenersArtifact, ProbeListener } from '../../gather/artifacts.js';
import type { CheckResult, RawNode } from './define.js';

/** A RawNode for a listener, for the evidence list. */
export function listenerNode(l: ProbeListener, message: string): RawNode {
  if (l.node) return { selector: l.node.selector, snippet: l.node.snippet, message };
  return { selector: l.on, snippet: `${l.on}.addEventListener('${l.type}', …)`, message };
}

/** A scope from the listeners of some types plus extra counts, each listener listed for a human. */
export function listenerScope(probe: ListenersArtifact, types: Set<string>, what: string, extra: number, filter: (l: ProbeListener) => boolean = () => true): CheckResult {
  const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
  if (probe.listenerError) {
    r.applicable = 1;
    r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${probe.listenerError}): ${what} cannot be ruled out` });
    return r;
  }
  const hits = probe.listeners.filter((l) => types.has(l.type) && filter(l));
  r.applicable = hits.length + extra;
  for (const l of hits.slice(0, 10)) r.doubts.push(listenerNode(l, `listens to '${l.type}': check ${what}`));
  return r;
}
