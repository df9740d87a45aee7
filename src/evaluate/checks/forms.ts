/** Checks of our own for theme 11 (forms). See ./types.ts for the contract. */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'form-label-for',
    description:
      '11.1.2: each <label for> must point to the id of a form field. NC when no element has that id, when it points to an element that cannot be labelled (not input/select/textarea/button/meter/output/progress, or a hidden input), or when for is empty; a doubt when the id is used by several elements or points to an ARIA widget (label for does not label it).',
    run: (h) => {
      const r = h.result();
      const LABELABLE = 'input:not([type=hidden]), select, textarea, button, meter, output, progress';
      for (const label of h.all('label[for]')) {
        r.applicable++;
        if (r.failures.length + r.doubts.length >= 2 * h.max) continue;
        const id = label.getAttribute('for') || '';
        if (!id.trim()) {
          r.failures.push(h.node(label, 'label with an empty for attribute: it is associated with no field'));
          continue;
        }
        const root = label.getRootNode() as Document | ShadowRoot;
        const targets = Array.from(root.querySelectorAll(`[id="${CSS.escape(id)}"]`));
        if (!targets.length) {
          r.failures.push(h.node(label, `label for="${id}": no element has id="${id}", so the label is associated with no field`));
          continue;
        }
        const t = targets[0];
        if (!t.matches(LABELABLE)) {
          if (t.matches('[role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]'))
            r.doubts.push(h.node(label, `label for="${id}" points to an ARIA widget (<${t.localName} role="${t.getAttribute('role')}">), which label for does not name: check aria-labelledby`));
          else r.failures.push(h.node(label, `label for="${id}" points to <${t.localName}${t.localName === 'input' ? ' type="hidden"' : ''}>, which is not a form field`));
          continue;
        }
        if (targets.length > 1) r.doubts.push(h.node(label, `label for="${id}": ${targets.length} elements share id="${id}", only the first one gets this label`));
      }
      return r;
    },
  },
  {
    id: 'form-label-hidden',
    doubtsOnly: true,
    description:
      '11.1.3 scope: fields whose label is not a visible <label> (aria-label, aria-labelledby, title only, or a visually hidden <label>). Each is listed for a human, who checks for a title or a visible text next to the field. None → NA.',
    run: (h) => {
      const r = h.result();
      const FIELDS =
        'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';
      const shown = (el: Element): boolean => {
        if (!h.visible(el)) return false;
        const rc = el.getBoundingClientRect();
        if (rc.width <= 2 || rc.height <= 2) return false;
        if (rc.right < 0 || rc.bottom < 0) return false;
        for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
          const cs = getComputedStyle(e);
          const m = /rect\(\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px/.exec(cs.clip || '');
          if (m && (parseFloat(m[3]) - parseFloat(m[1]) <= 1 || parseFloat(m[2]) - parseFloat(m[4]) <= 1)) return false;
          if (/inset\(\s*50%/.test(cs.clipPath || '')) return false;
        }
        return true;
      };
      for (const f of h.all(FIELDS).slice(0, 300)) {
        if (!h.visible(f) || h.hiddenFromAT(f)) continue;
        const labels = Array.from((f as HTMLInputElement).labels || []);
        const visibleLabel = labels.some((l) => shown(l) && (l.textContent || '').trim());
        const how = f.hasAttribute('aria-labelledby')
          ? 'aria-labelledby'
          : f.hasAttribute('aria-label')
            ? 'aria-label'
            : labels.length && !visibleLabel
              ? 'a visually hidden <label>'
              : !labels.length && f.hasAttribute('title')
                ? 'title only'
                : '';
        if (!how || (visibleLabel && how !== 'aria-labelledby')) continue;
        r.applicable++;
        if (r.doubts.length < h.max) r.doubts.push(h.node(f, `labelled by ${how}: check that a title or a visible text next to the field tells what to enter`));
      }
      return r;
    },
  },
  {
    id: 'form-label-in-name',
    description:
      '11.2.5 / 11.9.2: the accessible name must contain the visible label. Fields with a visible <label> whose name comes from aria-label, aria-labelledby or title; buttons inside a form (form or role=form) with visible text or a value whose name comes from aria-label, aria-labelledby or title. Compared case-insensitively, accents, punctuation and symbols ignored, and « obligatoire / requis / required / facultatif / optional » ignored. Labels of fewer than 2 letters (symbols) are left to a human. NC when the name does not contain the visible label; a doubt when it contains the label’s own words but not the text of its child elements (a format hint, say).',
    run: (h) => {
      const r = h.result();
      const f5 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const b2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      r.byTest = { '11.2.5': f5, '11.9.2': b2 };
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
        const m = /rect\(\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px/.exec(cs.clip || '');
        if (m && (parseFloat(m[3]) - parseFloat(m[1]) <= 1 || parseFloat(m[2]) - parseFloat(m[4]) <= 1)) return true;
        if (/inset\(\s*50%/.test(cs.clipPath || '')) return true;
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
      const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea';
      for (const f of h.all(FIELDS).slice(0, 300)) {
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
          if (f5.doubts.length < h.max) f5.doubts.push(h.node(f, `the accessible name « ${h.name(f)} » (given by ${how}) holds only part of the visible label « ${texts[0]} »`));
          continue;
        }
        if (f5.failures.length < h.max) f5.failures.push(h.node(f, `the visible label « ${texts[0]} » is not contained in the accessible name « ${h.name(f)} » (given by ${how})`));
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
        if (b2.failures.length < h.max) b2.failures.push(h.node(b, `the visible text « ${shownText} » is not contained in the accessible name « ${h.name(b)} » (given by ${how})`));
      }
      r.applicable = f5.applicable + b2.applicable;
      r.failures = [...f5.failures, ...b2.failures];
      r.doubts = [...f5.doubts];
      return r;
    },
  },
  {
    id: 'form-label-position',
    description:
      '11.4.1–11.4.3: where the visible <label> of a visible field is drawn. Text fields (11.4.2): label below or to the right of the field (left-to-right text, reversed for right-to-left) → NC; checkboxes, radios and switches (11.4.3): label above or to the left → NC. A label more than 100 px away is a doubt for 11.4.1 (not next to its field). Labels overlapping the field (floating labels) and fields with several labels are left to a human.',
    run: (h) => {
      const r = h.result();
      const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t3 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      r.byTest = { '11.4.1': t1, '11.4.2': t2, '11.4.3': t3 };
      const FIELDS =
        'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';
      const CHECK = 'input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch]';
      const G = 4;
      for (const f of h.all(FIELDS).slice(0, 300)) {
        const isCheck = f.matches(CHECK);
        t1.applicable++;
        (isCheck ? t3 : t2).applicable++;
        if (!h.visible(f)) continue;
        const cs = getComputedStyle(f);
        if (cs.opacity === '0' || cs.visibility === 'hidden') continue;
        const F = f.getBoundingClientRect();
        if (F.width < 6 || F.height < 6) continue;
        const labels = Array.from((f as HTMLInputElement).labels || []).filter((l) => h.visible(l) && (l.textContent || '').trim());
        if (labels.length !== 1) continue;
        const label = labels[0];
        // The label's text box (a label wrapping the field is measured on its text only).
        let L: DOMRect | null = null;
        if (label.contains(f)) {
          const range = document.createRange();
          const tw = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          let n: Node | null;
          let box: { l: number; t: number; r: number; b: number } | null = null;
          while ((n = tw.nextNode())) {
            if (!n.nodeValue || !n.nodeValue.trim()) continue;
            range.selectNodeContents(n);
            for (const rc of Array.from(range.getClientRects())) {
              if (!rc.width || !rc.height) continue;
              box = box ? { l: Math.min(box.l, rc.left), t: Math.min(box.t, rc.top), r: Math.max(box.r, rc.right), b: Math.max(box.b, rc.bottom) } : { l: rc.left, t: rc.top, r: rc.right, b: rc.bottom };
            }
          }
          if (box) L = new DOMRect(box.l, box.t, box.r - box.l, box.b - box.t);
        } else L = label.getBoundingClientRect();
        if (!L || L.width < 2 || L.height < 2) continue;
        const rtl = getComputedStyle(label).direction === 'rtl';
        const above = L.bottom <= F.top + G;
        const below = L.top >= F.bottom - G;
        const before = rtl ? L.left >= F.right - G : L.right <= F.left + G;
        const after = rtl ? L.right <= F.left + G : L.left >= F.right - G;
        const sameRow = L.top < F.bottom && L.bottom > F.top;
        const gap = Math.max(0, L.top - F.bottom, F.top - L.bottom, L.left - F.right, F.left - L.right);
        if (gap > 100) {
          t1.doubts.push(h.node(f, `its label « ${(label.textContent || '').trim().slice(0, 60)} » is ${Math.round(gap)} px away: check that they are next to each other`));
          continue;
        }
        const side = rtl ? 'left' : 'right';
        const other = rtl ? 'right' : 'left';
        if (!isCheck) {
          if (above || before) continue;
          if (below) t2.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn below the field: it must be above it or on its ${other}`));
          else if (after && sameRow) t2.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn on the ${side} of the field: it must be above it or on its ${other}`));
        } else {
          if (below || after) continue;
          if (above) t3.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn above the ${f.getAttribute('type') || f.getAttribute('role')}: it must be below it or on its ${side}`));
          else if (before && sameRow) t3.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn on the ${other} of the ${f.getAttribute('type') || f.getAttribute('role')}: it must be below it or on its ${side}`));
        }
      }
      for (const t of [t1, t2, t3]) {
        t.failures = t.failures.slice(0, h.max);
        t.doubts = t.doubts.slice(0, h.max);
      }
      r.applicable = t1.applicable;
      r.failures = [...t2.failures, ...t3.failures];
      r.doubts = t1.doubts;
      return r;
    },
  },
  {
    id: 'form-radio-group',
    description:
      '11.5.1: radio buttons sharing a name (2 or more in the same form) none of which is inside a fieldset, role=group or role=radiogroup → NC, unless one of them carries aria-describedby, aria-labelledby, aria-label or title (another way the RGAA accepts to tie them to their question) or they sit in a table: then a doubt. Checkboxes sharing a name outside a group are doubts.',
    run: (h) => {
      const r = h.result();
      const groups = new Map<string, Element[]>();
      for (const el of h.all('input[type=radio][name], input[type=checkbox][name]')) {
        const form = (el as HTMLInputElement).form;
        const k = `${(el as HTMLInputElement).type}|${form ? h.selector(form) : ''}|${el.getAttribute('name')}`;
        const g = groups.get(k);
        if (g) g.push(el);
        else groups.set(k, [el]);
      }
      for (const [k, els] of groups) {
        if (els.length < 2) continue;
        r.applicable++;
        if (els.some((e) => e.closest('fieldset, [role=group], [role=radiogroup]'))) continue;
        const radio = k.startsWith('radio');
        const name = els[0].getAttribute('name');
        const other = els.some((e) => e.hasAttribute('aria-describedby') || e.hasAttribute('aria-labelledby') || e.hasAttribute('aria-label') || e.hasAttribute('title'));
        if (radio && !other && !els[0].closest('table')) {
          if (r.failures.length < h.max) r.failures.push(h.node(els[0], `${els.length} radio buttons named "${name}" are not grouped in a fieldset or an element with role="group" or role="radiogroup"`));
        } else if (r.doubts.length < h.max) {
          r.doubts.push(h.node(els[0], `${els.length} ${radio ? 'radio buttons' : 'checkboxes'} named "${name}" are not grouped in a fieldset or role="group": check whether their labels are enough`));
        }
      }
      return r;
    },
  },
  {
    id: 'form-group-legend',
    description:
      '11.6.1 (and scope of 11.6 / 11.7): groups of fields (fieldset, role=group, role=radiogroup, containing at least one field). A fieldset without a non-empty <legend> as its first legend child, or a role=group/radiogroup without aria-label/aria-labelledby text → NC when it holds 2 fields or more none of which carries title, aria-label, aria-labelledby or aria-describedby; a doubt otherwise. Groups holding no field (button groups, carousel slides) are out of scope.',
    run: (h) => {
      const r = h.result();
      const FIELDS =
        'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';
      const text = (el: Element | null) => ((el && (el.textContent || '')) || '').replace(/\s+/g, ' ').trim();
      for (const g of h.all('fieldset, [role=group], [role=radiogroup]')) {
        const fields = Array.from(g.querySelectorAll(FIELDS));
        if (!fields.length) continue;
        r.applicable++;
        let named: boolean;
        if (g.localName === 'fieldset' && !g.hasAttribute('role')) {
          const legend = Array.from(g.children).find((c) => c.localName === 'legend') || null;
          named = !!text(legend);
        } else {
          const ids = (g.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
          named = !!(g.getAttribute('aria-label') || '').trim() || ids.some((id) => text(document.getElementById(id)));
        }
        if (named) continue;
        const what = g.localName === 'fieldset' && !g.hasAttribute('role') ? 'fieldset without a legend' : `role="${g.getAttribute('role')}" without aria-label or aria-labelledby`;
        const fieldNamed = fields.some((f) => f.hasAttribute('title') || f.hasAttribute('aria-label') || f.hasAttribute('aria-labelledby') || f.hasAttribute('aria-describedby'));
        if (fields.length >= 2 && !fieldNamed) {
          if (r.failures.length < h.max) r.failures.push(h.node(g, `${what}: the group of ${fields.length} fields has no legend`));
        } else if (r.doubts.length < h.max) {
          r.doubts.push(h.node(g, `${what}: check that ${fields.length > 1 ? 'each field' : 'the field'} tells which group it belongs to (title, aria-label, aria-labelledby or aria-describedby)`));
        }
      }
      return r;
    },
  },
  {
    id: 'form-optgroup-label',
    description: '11.8.2: each <optgroup> must have a non-empty label attribute.',
    run: (h) => {
      const r = h.result();
      for (const og of h.all('optgroup')) {
        r.applicable++;
        if (!(og.getAttribute('label') || '').trim() && r.failures.length < h.max) r.failures.push(h.node(og, 'optgroup without a label attribute: the group of options has no name'));
      }
      return r;
    },
  },
  {
    id: 'form-required-indication',
    description:
      '11.10.2: fields with required or aria-required="true", in a form of 2 fields or more that does not mark its optional fields instead (« facultatif », « optionnel », « optional »; RGAA particular case). The label (with its ::before/::after content), the aria-labelledby and aria-describedby texts and the legend are searched for a required indication (*, « obligatoire », « requis », « required », « mandatory »). None there and none in the form’s own text → NC; an icon in the label, a form text mentioning required fields, or no visible label → doubt.',
    run: (h) => {
      const r = h.result();
      const FIELDS =
        'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=checkbox], [role=radio], [role=switch], [role=radiogroup]';
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
      const refText = (el: Element, attr: string) =>
        (el.getAttribute(attr) || '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => {
            const t = document.getElementById(id);
            return t ? `${t.textContent || ''} ${pseudo(t)}` : '';
          })
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
          // An image, an icon font or an empty styled element in the label may be the indication.
          const icon = labels.some((l) => Array.from(l.querySelectorAll('img, svg, i, span, abbr, [class]')).some((e) => e.matches('img, svg, [class*=icon], [class*=required], [class*=obligatoire], [class*=mandatory]') || !(e.textContent || '').trim()));
          const visibleLabel = labels.some((l) => h.visible(l) && (l.textContent || '').trim());
          const formMentions = RE.test(formText);
          if (!visibleLabel || icon || formMentions) {
            if (r.doubts.length < h.max)
              r.doubts.push(h.node(f, `required field: ${!visibleLabel ? 'no visible label to carry the indication' : icon ? 'its label holds an icon, maybe the indication' : 'the form mentions required fields but not this label'}: check that the requirement is shown in its label or linked text`));
          } else if (r.failures.length < h.max) {
            r.failures.push(h.node(f, `required field (${(f as HTMLInputElement).required ? 'required' : 'aria-required'}) whose label « ${(labels[0].textContent || '').trim().slice(0, 60)} » and linked texts show no required indication`));
          }
        }
      }
      r.byTest = { '11.10.2': { applicable: r.applicable, failures: r.failures, doubts: r.doubts } };
      return r;
    },
  },
  {
    id: 'form-autocomplete-purpose',
    description:
      '11.13.1: fields asking for information about the user need an autocomplete attribute holding a valid field name (WCAG / HTML list). Heuristic for « about the user »: type=email, type=tel or type=password; or a label (or aria-label/placeholder) saying e-mail/courriel, téléphone/portable, prénom, nom (not of a company, town, file…), nom d’utilisateur/identifiant, adresse (not e-mail), code postal, ville/commune, pays, date de naissance. Strong signals (type, or the visible label) without a valid token (missing, on, off, unknown) → NC; a match on name/id only, a label speaking of someone else (ami, destinataire, bénéficiaire, enfant, conjoint, contact d’urgence…), a search field or a search/filter form → doubt. A valid token that does not fit (an email field with autocomplete="tel") → doubt. Read-only and disabled fields are skipped.',
    run: (h) => {
      const r = h.result();
      const TOKENS = new Set(
        'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username new-password current-password one-time-code organization-title organization street-address address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp'.split(
          ' ',
        ),
      );
      const plain = (s: string) =>
        s
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[’']/g, "'")
          .replace(/\s+/g, ' ')
          .trim();
      const PURPOSES: [string, RegExp, RegExp][] = [
        ['email', /\be-?mail\b|courriel|\bmel\b|adresse electronique|adresse mail/, /^(email|username)$/],
        ['username', /identifiant|nom d'utilisateur|username|\blogin\b|pseudo/, /^(username|email|nickname)$/],
        ['tel', /\btel\b|telephone|phone|portable|\bmobile\b|\bgsm\b/, /^tel/],
        ['given-name', /\bprenoms?\b|first ?name|given ?name|forename/, /name$/],
        ['bday', /date de naissance|\bnaissance\b|birth ?date|date of birth|\bbday\b|\bdob\b/, /^bday/],
        ['postal-code', /code postal|postal ?code|post ?code|\bzip\b|\bcp\b/, /^postal-code$/],
        ['address-level2', /^(ville|commune|localite|city|town)\b/, /^address-level[1-4]$/],
        ['country', /^(pays|country)\b/, /^country/],
        ['street-address', /^(adresse|address|rue|street|numero et (nom de )?voie|voie)\b(?!.*(e-?mail|electronique|courriel|mail|ip\b|web|site))/, /^(street-address|address-line[1-3])$/],
        [
          'family-name',
          /\bnom de famille\b|\bnom d'usage\b|\bnom de naissance\b|last ?name|family ?name|surname|^(votre )?nom\b(?!.*\b(entreprise|societe|structure|organisme|etablissement|association|commune|ville|projet|fichier|produit|rue|voie|service|site|domaine|utilisateur|document|dossier|collectivite|employeur)\b)/,
          /name$/,
        ],
      ];
      const OTHER = /\b(ami|amie|destinataire|recipient|friend|beneficiaire|enfant|conjoint|parrain|contact d'urgence|autre personne|tiers|representant|mandataire|employeur|proprietaire|bailleur|tuteur|medecin|parent|pere|mere|someone|other person|de la personne|du demandeur)\b/;
      const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=range]):not([type=color]), select, textarea';
      for (const f of h.all(FIELDS).slice(0, 300)) {
        const input = f as HTMLInputElement;
        if (input.disabled || input.readOnly || !h.visible(f)) continue;
        const type = (input.type || '').toLowerCase();
        if (type === 'search' || f.closest('[role=search], search')) continue;
        const labels = Array.from(input.labels || []).map((l) => l.textContent || '').join(' ');
        const labelText = plain(`${labels} ${f.getAttribute('aria-label') || ''} ${input.placeholder || ''} ${f.getAttribute('title') || ''}`);
        const attrText = plain(`${f.getAttribute('name') || ''} ${f.id || ''}`.replace(/[_\-[\]]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
        let purpose = '';
        let fit: RegExp | null = null;
        let strong = false;
        if (type === 'email') [purpose, fit, strong] = ['email', /^(email|username)$/, true];
        else if (type === 'tel') [purpose, fit, strong] = ['tel', /^tel/, true];
        else if (type === 'password') [purpose, fit, strong] = ['password', /^(current-password|new-password|one-time-code)$/, true];
        else {
          for (const [p, re, ok] of PURPOSES) {
            if (re.test(labelText)) {
              [purpose, fit, strong] = [p, ok, true];
              break;
            }
          }
          if (!purpose)
            for (const [p, re, ok] of PURPOSES) {
              if (re.test(attrText)) {
                [purpose, fit, strong] = [p, ok, false];
                break;
              }
            }
        }
        if (!purpose) continue;
        r.applicable++;
        const tokens = plain(f.getAttribute('autocomplete') || '').split(' ').filter(Boolean);
        const field = tokens.length ? tokens[tokens.length - 1] : '';
        const context = plain(`${labels} ${f.closest('fieldset')?.querySelector('legend')?.textContent || ''}`);
        // A search or filter form asks for what to look for, not for the user's own data.
        const form = input.form;
        const searchForm =
          !!form &&
          (/recherch|search|filtr/i.test(form.getAttribute('action') || '') ||
            Array.from(form.querySelectorAll('button, input[type=submit]')).some((b) => /recherch|search|filtr|trouver/i.test(`${b.textContent || ''} ${(b as HTMLInputElement).value || ''}`)));
        const someoneElse = OTHER.test(context) || searchForm;
        if (TOKENS.has(field)) {
          if (fit && !fit.test(field) && r.doubts.length < h.max) r.doubts.push(h.node(f, `autocomplete="${field}" on a field that looks like ${purpose}: check that the value fits`));
          continue;
        }
        const what = field ? `autocomplete="${f.getAttribute('autocomplete')}" is not a valid field name` : 'no autocomplete attribute';
        if (strong && !someoneElse) {
          if (r.failures.length < h.max) r.failures.push(h.node(f, `this field asks for the user's ${purpose} but has ${what}`));
        } else if (r.doubts.length < h.max) {
          r.doubts.push(h.node(f, `this field may ask for the user's ${purpose}${searchForm ? ' (in a search form)' : someoneElse ? ' (or someone else’s)' : ''} and has ${what}: check its purpose`));
        }
      }
      return r;
    },
  },
];
