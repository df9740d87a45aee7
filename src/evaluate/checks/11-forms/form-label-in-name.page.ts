import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { NATIVE_FIELDS } from '../lib/fields.page.js';
import { clippedAway } from '../../../gather/page/style.page.js';

/** In the page: see ./form-label-in-name.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['11.2.5', '11.9.2']);
  const f5 = bt['11.2.5'];
  const b2 = bt['11.9.2'];
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\uE000-\uF8FF]/g, ' ')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]/gu, ' ')
      .replace(/\b(obligatoire|requis|required|facultatif|optionnel|optional)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const hidden = (el: Element): boolean => {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return true;
    if (clippedAway(cs)) return true;
    const rc = el.getBoundingClientRect();
    return (rc.width <= 1 || rc.height <= 1) && cs.overflow !== 'visible';
  };
  /** Visible text of an element, without visually hidden parts and without form controls inside. */
  const visibleText = (root: Element): string => {
    let out = '';
    const walk = (n: Node, depth: number) => {
      if (depth > 12) return;
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType === 3) out += c.nodeValue;
        else if (c.nodeType === 1) {
          const e = c as Element;
          if (e.matches('input, select, textarea, button, script, style, template, svg, img')) continue;
          if (hidden(e)) continue;
          walk(e, depth + 1);
        }
      }
    };
    if (!hidden(root)) walk(root, 0);
    return out.replace(/\s+/g, ' ').trim();
  };
  const overridden = (el: Element, fromContent: boolean): string => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    if (ids.some((id) => document.getElementById(id))) return 'aria-labelledby';
    if ((el.getAttribute('aria-label') || '').trim()) return 'aria-label';
    if (!fromContent && (el.getAttribute('title') || '').trim()) return 'title';
    return '';
  };
  for (const f of h.all(NATIVE_FIELDS).slice(0, 300)) {
    f5.applicable++;
    const labels = Array.from((f as HTMLInputElement).labels || []);
    const texts = labels.map((l) => visibleText(l)).filter((t) => t);
    if (!texts.length) continue;
    const how = overridden(f, labels.length > 0);
    if (!how) continue;
    const name = norm(h.name(f));
    const shown = texts.map(norm).filter((t) => (t.match(/\p{L}/gu) || []).length >= 2);
    if (!shown.length) continue;
    if (shown.some((t) => name.includes(t))) continue;
    // The label's own words, without its child elements (a format hint in a span, say): when the
    // name holds them, only the extra part is missing: a doubt.
    const lead = labels.map((l) => norm(Array.from(l.childNodes).filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join(' '))).filter((t) => (t.match(/\p{L}/gu) || []).length >= 2);
    if (lead.some((t) => name.includes(t))) {
      if (f5.doubts.length < h.max) add('doubts', '11.2.5', f, 'partial-name', { name: h.name(f), how, label: texts[0] });
      continue;
    }
    if (f5.failures.length < h.max) add('failures', '11.2.5', f, 'label-not-in-name', { label: texts[0], name: h.name(f), how });
  }
  const BUTTONS = 'button, input[type=submit], input[type=reset], input[type=button], [role=button]';
  for (const b of h.all(BUTTONS).slice(0, 300)) {
    if (!b.closest('form, [role=form]')) continue;
    let shownText: string;
    if (b.localName === 'input') shownText = (b.getAttribute('value') || '').trim();
    else shownText = visibleText(b);
    if (!shownText || !h.visible(b)) continue;
    b2.applicable++;
    const how = overridden(b, true);
    if (!how) continue;
    const t = norm(shownText);
    if ((t.match(/\p{L}/gu) || []).length < 2) continue;
    const name = norm(h.name(b));
    if (name.includes(t)) continue;
    if (b2.failures.length < h.max) add('failures', '11.9.2', b, 'text-not-in-name', { text: shownText, name: h.name(b), how });
  }
  r.applicable = f5.applicable + b2.applicable;
  return r;
}
