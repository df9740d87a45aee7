import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { FIELD_ROLES, NATIVE_FIELDS, withRole } from '../lib/fields.page.js';

/** In the page: see ./form-required-indication.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  // Every field, slider excepted (its value is always set), and radio groups as one field.
  const FIELDS = `${NATIVE_FIELDS}, ${withRole([...FIELD_ROLES.filter((r) => r !== 'slider'), 'radiogroup'])}`;
  const RE = /\*|✱|＊|obligatoire|requis|required|mandatory|\(o\)/i;
  const OPTIONAL = /facultati|optionnel|optional/i;
  const pseudo = (el: Element): string => {
    let s = '';
    const els = [el, ...Array.from(el.querySelectorAll('*')).slice(0, 10)];
    for (const e of els) for (const p of ['::before', '::after']) {
      const c = getComputedStyle(e, p).content;
      if (c && c !== 'none' && c !== 'normal') s += ' ' + c;
    }
    return s;
  };
  // Generated content without letters (an empty string, an image, a counter) or a background image
  // on the element or its first descendants: an indication drawn by CSS, unreadable from here.
  const imageLike = (el: Element): boolean => {
    const els = [el, ...Array.from(el.querySelectorAll('*')).slice(0, 10)];
    return els.some((e) => {
      if (getComputedStyle(e).backgroundImage !== 'none') return true;
      return ['::before', '::after'].some((p) => {
        const cs = getComputedStyle(e, p);
        const c = cs.content;
        if (!c || c === 'none' || c === 'normal') return false;
        if (cs.backgroundImage !== 'none' || /url\(|image|counter\(|attr\(/.test(c)) return true;
        const text = c.replace(/^["']|["']$/g, '').trim();
        // An empty box drawn in colour (a dot), or a symbol (an icon font's glyph, ●, †); not a
        // colon or a dash after the label, nor words (read above).
        if (!text) return cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent';
        return !/[\p{L}\p{N}]/u.test(text) && !/^[\s:.,;–—-]+$/.test(text);
      });
    });
  };
  const refText = (el: Element, attr: string) =>
    h
      .refs(el, attr)
      .map((t) => `${t.textContent || ''} ${pseudo(t)}`)
      .join(' ');
  const forms = new Map<Element | Document, Element[]>();
  for (const f of h.all(FIELDS)) {
    if ((f as HTMLInputElement).disabled || !h.visible(f)) continue;
    const form = f.closest('form, [role=form]') || document;
    const list = forms.get(form);
    if (list) list.push(f);
    else forms.set(form, [f]);
  }
  for (const [form, fields] of forms) {
    // Radio buttons of one group count as one field.
    const distinct = new Set(fields.map((f) => (f.matches('input[type=radio]') ? 'radio:' + f.getAttribute('name') : f)));
    if (distinct.size < 2) continue;
    let formText = '';
    if (form !== document) {
      const tw = document.createTreeWalker(form as Element, NodeFilter.SHOW_TEXT);
      let n: Node | null;
      let k = 0;
      while ((n = tw.nextNode()) && k++ < 2000) if (n.nodeValue && !n.parentElement?.closest('label, script, style')) formText += ' ' + n.nodeValue;
    }
    const labelsText = fields.map((f) => Array.from((f as HTMLInputElement).labels || []).map((l) => l.textContent || '').join(' ')).join(' ');
    const legends = form === document ? [] : Array.from((form as Element).querySelectorAll('legend')).map((l) => l.textContent || '').join(' ');
    if (OPTIONAL.test(labelsText + ' ' + legends)) continue;
    const seenRadio = new Set<string>();
    for (const f of fields) {
      const required = (f as HTMLInputElement).required || f.getAttribute('aria-required') === 'true';
      if (!required) continue;
      if (f.matches('input[type=radio]')) {
        const n = 'r:' + f.getAttribute('name');
        if (seenRadio.has(n)) continue;
        seenRadio.add(n);
      }
      r.applicable++;
      const labels = Array.from((f as HTMLInputElement).labels || []);
      const legend = f.closest('fieldset')?.querySelector('legend') || null;
      const sources = [
        ...labels.map((l) => `${l.textContent || ''} ${pseudo(l)}`),
        refText(f, 'aria-labelledby'),
        refText(f, 'aria-describedby'),
        legend ? `${legend.textContent || ''} ${pseudo(legend)}` : '',
      ].join(' ');
      if (RE.test(sources)) continue;
      // An image, an icon font, an empty styled element, a generated content without text or a
      // background image in the label, the legend or a linked passage may be the indication.
      const carriers: Element[] = [...labels, ...(legend ? [legend] : []), ...h.refs(f, 'aria-labelledby'), ...h.refs(f, 'aria-describedby')];
      const icon = carriers.some(
        (l) =>
          Array.from(l.querySelectorAll('img, svg, i, span, abbr, [class]')).some((e) => e.matches('img, svg, [class*=icon], [class*=required], [class*=obligatoire], [class*=mandatory]') || !(e.textContent || '').trim()) ||
          imageLike(l),
      );
      const visibleLabel = labels.some((l) => h.visible(l) && (l.textContent || '').trim());
      const formMentions = RE.test(formText);
      if (!visibleLabel || icon || formMentions) {
        if (r.doubts.length < h.max)
          r.doubts.push(h.node(f, 'check-indication', { why: !visibleLabel ? { id: 'no-visible-label' } : icon ? { id: 'icon-in-label' } : { id: 'form-mentions' } }));
      } else if (r.failures.length < h.max) {
        r.failures.push(h.node(f, 'no-indication', { attr: (f as HTMLInputElement).required ? 'required' : 'aria-required', label: (labels[0].textContent || '').trim().slice(0, 60) }));
      }
    }
  }
  r.byTest = { '11.10.2': { applicable: r.applicable, failures: r.failures, doubts: r.doubts } };
  return r;
}
