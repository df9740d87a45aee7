/**
 * `listeners`: the event listeners registered in the page (one CDP call: on the window, the
 * document and every element, shadow roots included), the style sheets' rules revealing content on
 * hover or focus, and a few DOM counts. Read by the checks of 10.13, 10.14, 12.10, 12.11, 13.10,
 * 13.11 and 13.12: seven checks, one round trip of measurements.
 */
import type { CDPSession } from 'playwright';
import type { CssRevealScan, DomCounts, ListenersArtifact, ProbeNode } from '../artifacts.js';
import { callProbe, type InPageScript } from '../inpage.js';
import type { GatherContext, Gatherer } from './gatherer.js';

/** The script the in-page entry function was compiled in (axe-core and our bundle), if the page has it. */
async function ownScriptId(cdp: CDPSession, script: InPageScript): Promise<string | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: script.siteExpression(), objectGroup: GROUP });
  if (!result.objectId) return undefined;
  const { internalProperties } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
  const loc = internalProperties?.find((p) => p.name === '[[FunctionLocation]]')?.value?.value as { scriptId?: string } | undefined;
  return loc?.scriptId;
}

/**
 * Every remote object this gatherer makes (the document, the window, the listeners' handlers and
 * nodes) is in this group, released at the end: on the tab's shared session, objects of the
 * default group would keep each page's document alive for as long as the tab lives.
 */
const GROUP = 'rgaa-listeners';

async function collect({ page, script, cdp: shared }: GatherContext): Promise<ListenersArtifact> {
  const scanned = await callProbe<{ css: CssRevealScan; dom: DomCounts }>(page, script, 'scanPage');
  const out: ListenersArtifact = { listeners: [], css: scanned.css, dom: scanned.dom };
  let cdp: CDPSession | undefined = shared;
  try {
    cdp ??= await page.context().newCDPSession(page);
    const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document', objectGroup: GROUP });
    const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window', objectGroup: GROUP });
    let [{ listeners: dl }, { listeners: wl }] = await Promise.all([
      cdp.send('DOMDebugger.getEventListeners', { objectId: doc.objectId!, depth: -1, pierce: true }),
      cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId! }),
    ]);
    // Listeners the tool itself added (axe-core listens to window messages) are not the page's.
    const own = await ownScriptId(cdp, script);
    const pageOwn = (l: { scriptId: string }) => own === undefined || l.scriptId !== own;
    wl = wl.filter(pageOwn);
    dl = dl.filter(pageOwn);
    for (const l of wl) out.listeners.push({ type: l.type, on: 'window' });
    // The document's own node: the first listener's node when it is the document is not known by id,
    // so resolve every distinct node (capped) in one call and tell the document apart.
    const ids = [...new Set(dl.map((l) => l.backendNodeId).filter((x): x is number => typeof x === 'number'))].slice(0, 80);
    const objects = await Promise.all(
      ids.map((id) =>
        cdp!
          .send('DOM.resolveNode', { backendNodeId: id, objectGroup: GROUP })
          .then((r) => r.object.objectId)
          .catch(() => undefined),
      ),
    );
    const known = objects.filter((o): o is string => !!o);
    const described = new Map<number, ProbeNode>();
    if (known.length) {
      const res = await cdp.send('Runtime.callFunctionOn', {
        objectId: known[0],
        functionDeclaration: script.probeDeclaration('describeElements'),
        arguments: known.map((o) => ({ objectId: o })),
        returnByValue: true,
        objectGroup: GROUP,
      });
      const nodes = (res.result.value ?? []) as ProbeNode[];
      let k = 0;
      ids.forEach((id, i) => {
        if (objects[i]) described.set(id, nodes[k++]);
      });
    }
    for (const l of dl) {
      const node = l.backendNodeId !== undefined ? described.get(l.backendNodeId) : undefined;
      if (node && node.tag === 'document') out.listeners.push({ type: l.type, on: 'document' });
      else out.listeners.push({ type: l.type, on: 'element', ...(node ? { node } : {}) });
    }
  } catch (e) {
    out.listenerError = String((e as Error)?.message ?? e).split('\n')[0];
  } finally {
    if (cdp && cdp === shared) await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
    else await cdp?.detach().catch(() => undefined);
  }
  return out;
}

export const listeners: Gatherer<'listeners'> = { name: 'listeners', interactive: true, collect };
