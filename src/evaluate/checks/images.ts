/**
 * Theme 1 (images). Each `run` is serialised and evaluated in the page: it may use only `h`, the
 * DOM and `axe` (see ./types.ts). What axe already decides (image-alt, role-img-alt, area-alt on
 * clickable zones, input-image-alt, svg-img-alt on role="img", object-alt) is not repeated here.
 *
 * The RGAA cannot tell an informative image from a decorative one from markup alone; these checks
 * only fail an image when its markup is wrong whatever its nature (for instance an `<svg>` that is
 * neither hidden with aria-hidden="true" nor exposed with role="img": it fails 1.2.4 if decorative
 * and 1.1.5 if informative). Images that are the only content of a link or button are left to the
 * Links and Forms themes (RGAA glossary, « Image porteuse d'information », notes 1 and 2).
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'img-decorative-alt',
    description:
      '1.2.1, 1.2.2: an <img> or a non-clickable <area> marked as decorative (alt="", aria-hidden="true", role="presentation") that still carries a text alternative (aria-label, aria-labelledby, title); an <area> without href that has no alt at all',
    run: (h) => {
      const { r, bt, add } = h.perTest(['1.2.1', '1.2.2']);
      const refText = (el: Element) => h.refText(el);
      const alternatives = (el: Element): string[] => {
        const out: string[] = [];
        const label = (el.getAttribute('aria-label') || '').trim();
        if (label) out.push(`aria-label="${label}"`);
        if (el.hasAttribute('aria-labelledby') && refText(el)) out.push('aria-labelledby');
        const title = (el.getAttribute('title') || '').trim();
        if (title) out.push(`title="${title}"`);
        return out;
      };
      const captioned = (el: Element) => {
        const fig = el.closest('figure');
        return !!fig && !!Array.from(fig.children).some((c) => c.localName === 'figcaption');
      };
      // The image is the only content of a link or button: its alternative is the control's name.
      const soleControlContent = (el: Element) => {
        const ctl = el.closest('a[href], button, [role=link], [role=button]');
        if (!ctl) return false;
        const text = (ctl.textContent || '').replace(/\s+/g, '');
        return !text && ctl.querySelectorAll('img, svg, [role=img], canvas, object, embed').length === 1;
      };
      const imgs = h.all('img').slice(0, 400);
      for (const el of imgs) {
        if (captioned(el)) continue; // 1.2 is not applicable to captioned images (technical note of 1.2)
        bt['1.2.1'].applicable++;
        r.applicable++;
        if (soleControlContent(el)) continue;
        const alt = el.getAttribute('alt');
        const role = (el.getAttribute('role') || '').trim().toLowerCase();
        const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
        const presentational = role === 'presentation' || role === 'none';
        const emptyAlt = alt !== null && alt.trim() === '';
        if (!emptyAlt && !hidden && !presentational) continue; // not marked as decorative
        const alts = alternatives(el);
        if (alts.length) {
          const marker = hidden ? 'aria-hidden="true"' : presentational ? `role="${role}"` : 'alt=""';
          add('failures', '1.2.1', el, `Image marked as decorative (${marker}) still has a text alternative (${alts.join(', ')}): a decorative image must have no other alternative; an informative one must not be marked decorative.`);
        } else if (presentational && !hidden && alt !== null && alt.trim() !== '') {
          add('doubts', '1.2.1', el, `Image with role="${role}" but a non-empty alt="${alt.trim()}": decorative or informative? Check which one it is.`);
        }
      }
      for (const el of h.all('area:not([href])').slice(0, 200)) {
        bt['1.2.2'].applicable++;
        r.applicable++;
        const alt = el.getAttribute('alt');
        const role = (el.getAttribute('role') || '').trim().toLowerCase();
        const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
        const presentational = role === 'presentation' || role === 'none';
        const alts = alternatives(el);
        if (alt === null && !hidden && !presentational && !(el.getAttribute('aria-label') || '').trim() && !refText(el)) {
          add('failures', '1.2.2', el, 'Non-clickable <area> without alt attribute: neither marked decorative (alt="") nor given a text alternative.');
        } else if ((alt !== null && alt.trim() === '') || hidden || presentational) {
          if (alts.length) add('failures', '1.2.2', el, `Non-clickable <area> marked as decorative still has a text alternative (${alts.join(', ')}).`);
        }
      }
      return r;
    },
  },
  {
    id: 'img-svg',
    description:
      '1.1.5, 1.2.4: inline <svg> images. Fails an <svg> hidden with aria-hidden="true" that still carries an alternative (aria-label, <title>/<desc> text, title attribute), an <svg> with an alternative but no role="img", and an <svg> that is neither hidden nor exposed as an image. SVGs inside links and buttons, and interactive SVGs, are left to a human.',
    run: (h) => {
      const { r, bt, add } = h.perTest(['1.1.5', '1.2.4']);
      const refText = (el: Element) => h.refText(el);
      const svgs = h.all('svg').filter((s) => !s.parentElement || !s.parentElement.closest('svg')).slice(0, 300);
      for (const svg of svgs) {
        if (!h.visible(svg)) continue;
        const rect = svg.getBoundingClientRect();
        if (rect.width < 2 || rect.height < 2) continue; // sprite sheets, <defs> holders
        const ancestorHidden = svg.parentElement && svg.parentElement.closest('[aria-hidden="true"]');
        if (ancestorHidden) continue; // hidden from assistive technologies with its container
        r.applicable++;
        bt['1.1.5'].applicable++;
        const fig = svg.closest('figure');
        const captioned = !!fig && Array.from(fig.children).some((c) => c.localName === 'figcaption');
        if (!captioned) bt['1.2.4'].applicable++;
        const role = (svg.getAttribute('role') || '').trim().toLowerCase();
        const hidden = (svg.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
        const label = (svg.getAttribute('aria-label') || '').trim();
        const labelledby = svg.hasAttribute('aria-labelledby') ? refText(svg) : '';
        const titleChild = Array.from(svg.children).find((c) => c.localName === 'title');
        const titleText = titleChild ? (titleChild.textContent || '').trim() : '';
        const inControl = svg.closest('a[href], button, [role=button], [role=link], [role=menuitem], [role=tab], [role=option], summary, label');
        const interactive = svg.querySelector('a, [tabindex], foreignObject, [onclick]');
        // Part of an image or of an interactive map: judged with its container.
        const container = svg.parentElement && svg.parentElement.closest('[role=img], [role=application], .leaflet-container, .mapboxgl-map, .maplibregl-map, .ol-viewport');
        if (hidden) {
          if (captioned) continue;
          const found: string[] = [];
          if (label) found.push('aria-label');
          if (labelledby) found.push('aria-labelledby');
          const texts = Array.from(svg.querySelectorAll('title, desc')).filter((t) => (t.textContent || '').trim());
          if (texts.length) found.push(`<${texts[0].localName}> "${(texts[0].textContent || '').trim().slice(0, 60)}"`);
          if ((svg.getAttribute('title') || '').trim() || Array.from(svg.querySelectorAll('[title]')).some((e) => (e.getAttribute('title') || '').trim())) found.push('title attribute');
          if (!found.length) continue;
          const msg = `SVG hidden as decorative (aria-hidden="true") still carries a text alternative (${found.join(', ')}): a decorative SVG must have none.`;
          if (inControl) add('doubts', '1.2.4', svg, msg + ' It sits in a link or button: check with the control.');
          else add('failures', '1.2.4', svg, msg);
          continue;
        }
        if (role === 'img') continue; // exposed as an image: axe svg-img-alt checks its name
        if (container) {
          add('doubts', '1.1.5', svg, 'SVG inside an image or interactive map container: check how the whole is exposed to assistive technologies.');
          continue;
        }
        const named = label || labelledby || titleText;
        const hasText = Array.from(svg.querySelectorAll('text')).some((t) => (t.textContent || '').trim());
        if (role && role !== 'presentation' && role !== 'none') {
          add('doubts', '1.1.5', svg, `SVG with role="${role}": check that it is not an image (an informative SVG needs role="img").`);
          continue;
        }
        if (role) {
          add('doubts', '1.2.4', svg, `SVG with role="${role}" but without aria-hidden="true": the RGAA asks decorative SVGs to be hidden with aria-hidden="true".`);
          continue;
        }
        if (inControl) {
          const t = named || hasText ? '1.1.5' : '1.2.4';
          add('doubts', t, svg, 'SVG inside a link or button with neither aria-hidden="true" nor role="img": check whether the control names it; a decorative icon should be hidden with aria-hidden="true".');
          continue;
        }
        if (interactive) {
          add('doubts', '1.1.5', svg, 'Interactive SVG (links or focusable content inside): check how it is exposed to assistive technologies.');
          continue;
        }
        if (named || hasText || captioned) {
          const why = named ? `a text alternative ("${String(named).slice(0, 60)}")` : hasText ? 'text content' : 'a caption';
          add('failures', '1.1.5', svg, `SVG with ${why} but without role="img": an informative SVG must have role="img" and an alternative.`);
        } else {
          add('failures', '1.2.4', svg, 'SVG neither hidden (aria-hidden="true") nor exposed as an image (role="img" and an alternative): a decorative SVG must be hidden, an informative one needs role="img".');
        }
      }
      return r;
    },
  },
  {
    id: 'img-object-canvas',
    description:
      '1.1.6–1.1.8, 1.2.3, 1.2.5, 1.2.6: <object>/<embed> images and <canvas>. Fails those hidden as decorative (aria-hidden="true") that still carry an alternative, and a <canvas role="img"> without aria-label/aria-labelledby; lists those with neither alternative nor aria-hidden for a human (an adjacent link may give the alternative).',
    run: (h) => {
      const ids = ['1.1.6', '1.1.7', '1.1.8', '1.2.3', '1.2.5', '1.2.6'];
      const { r, bt, add } = h.perTest(ids);
      const refText = (el: Element) => h.refText(el);
      const captioned = (el: Element) => {
        const fig = el.closest('figure');
        return !!fig && Array.from(fig.children).some((c) => c.localName === 'figcaption');
      };
      const kinds: { sel: string; name: string; inf: string; dec: string; titleCounts: boolean }[] = [
        { sel: 'object[type^="image/" i]', name: '<object>', inf: '1.1.6', dec: '1.2.3', titleCounts: true },
        { sel: 'embed[type^="image/" i]', name: '<embed>', inf: '1.1.7', dec: '1.2.6', titleCounts: true },
        { sel: 'canvas', name: '<canvas>', inf: '1.1.8', dec: '1.2.5', titleCounts: false },
      ];
      for (const k of kinds) {
        for (const el of h.all(k.sel).slice(0, 100)) {
          if (el.parentElement && el.parentElement.closest('[aria-hidden="true"]')) continue;
          r.applicable++;
          bt[k.inf].applicable++;
          const cap = captioned(el);
          if (!cap) bt[k.dec].applicable++;
          const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
          const role = (el.getAttribute('role') || '').trim().toLowerCase();
          const label = (el.getAttribute('aria-label') || '').trim();
          const lb = el.hasAttribute('aria-labelledby') ? refText(el) : '';
          const title = (el.getAttribute('title') || '').trim();
          const content = k.name === '<embed>' ? '' : (el.textContent || '').trim();
          if (hidden) {
            if (cap) continue;
            const found: string[] = [];
            if (label) found.push('aria-label');
            if (lb) found.push('aria-labelledby');
            if (title) found.push('title');
            if (content) found.push('text content');
            if (found.length) add('failures', k.dec, el, `${k.name} hidden as decorative (aria-hidden="true") still carries a text alternative (${found.join(', ')}).`);
            continue;
          }
          const name = label || lb || (k.titleCounts ? title : '');
          if (role === 'img') {
            if (!name && k.name === '<canvas>') add('failures', k.inf, el, '<canvas role="img"> without aria-label or aria-labelledby: with role="img" the alternative can only come from these attributes.');
            continue;
          }
          if (k.name === '<canvas>' && content) continue; // fallback content between the tags: its relevance is criterion 1.3
          const next = el.nextElementSibling;
          const adjacent = next && next.matches('a[href], button, [role=button], [role=link]') ? ' An adjacent link or button follows: check that it leads to an alternative.' : '';
          add('doubts', k.inf, el, `${k.name} image with neither aria-hidden="true" nor role="img" and an alternative: if informative it needs an alternative (or an adjacent link to one), if decorative aria-hidden="true".${adjacent}`);
        }
      }
      return r;
    },
  },
  {
    id: 'img-figure-caption',
    description:
      '1.9.1–1.9.5: an image with a caption (inside <figure> with <figcaption>) needs role="figure" or role="group" on the <figure> and an aria-label identical to the caption.',
    run: (h) => {
      const ids = ['1.9.1', '1.9.2', '1.9.3', '1.9.4', '1.9.5'];
      const { r, bt, add } = h.perTest(ids);
      const norm = (s: string) =>
        s
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase()
          .replace(/[\s.:;,!?…]+$/, '');
      const types: [string, string][] = [
        ['img, input[type=image], [role=img]:not(svg):not(canvas):not(object):not(embed)', '1.9.1'],
        ['object[type^="image/" i]', '1.9.2'],
        ['embed', '1.9.3'],
        ['svg', '1.9.4'],
        ['canvas', '1.9.5'],
      ];
      for (const fig of h.all('figure').slice(0, 200)) {
        const cap = Array.from(fig.children).find((c) => c.localName === 'figcaption');
        if (!cap) continue; // an image in a figure without figcaption has no caption (glossary)
        const capText = norm(cap.textContent || '');
        for (const [sel, test] of types) {
          const own = Array.from(fig.querySelectorAll(sel)).filter((e) => e.closest('figure') === fig && !(e.parentElement && e.parentElement.closest('svg')));
          if (!own.length) continue;
          bt[test].applicable += own.length;
          r.applicable += own.length;
          const role = (fig.getAttribute('role') || '').trim().toLowerCase();
          const label = fig.getAttribute('aria-label');
          const problems: string[] = [];
          if (role !== 'figure' && role !== 'group') problems.push('the <figure> has no role="figure" or role="group"');
          if (label === null || !label.trim()) {
            problems.push(fig.hasAttribute('aria-labelledby') ? 'the <figure> uses aria-labelledby instead of an aria-label repeating the caption (not supported enough, RGAA technical note)' : 'the <figure> has no aria-label repeating the caption');
          }
          if (problems.length) {
            add('failures', test, fig, `Captioned image: ${problems.join('; ')}.`);
          } else if (capText && norm(label || '') !== capText) {
            add('doubts', test, fig, `Captioned image: the <figure> aria-label ("${(label || '').trim().slice(0, 60)}") differs from the <figcaption> text ("${capText.slice(0, 60)}"); the RGAA asks for the same content.`);
          }
        }
      }
      return r;
    },
  },
  {
    id: 'img-alt-relevance',
    description:
      '1.3.1–1.3.3, 1.3.9: text alternatives that cannot be relevant (a file name, a URL, a placeholder such as "image", "null" or "undefined"); alternatives over 80 characters are listed for a human (1.3.9). Images that are the only content of a link or button are left to the Links and Forms themes.',
    run: (h) => {
      const ids = ['1.3.1', '1.3.2', '1.3.3', '1.3.9'];
      const { r, bt, add } = h.perTest(ids);
      const placeholders = new Set(['image', 'img', 'photo', 'picture', 'pic', 'icon', 'icone', 'icône', 'spacer', 'alt', 'null', 'undefined', 'nan', 'untitled', 'sans titre', 'graphic', 'texte alternatif', 'alt text', 'alternative', '*', '-', '_', '#', '.', '[object object]']);
      const fileRe = /^[^\s/]+\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif|ico)$/i;
      const urlRe = /^(https?:\/\/|\/\/|www\.)\S+$/i;
      const soleControlContent = (el: Element) => {
        const ctl = el.closest('a[href], button, [role=link], [role=button]');
        if (!ctl || ctl === el) return !!ctl;
        const text = (ctl.textContent || '').replace(/\s+/g, '');
        return !text && ctl.querySelectorAll('img, svg, [role=img], canvas, object, embed').length === 1;
      };
      const groups: [string, string][] = [
        ['img, [role=img]:not(svg)', '1.3.1'],
        ['area', '1.3.2'],
        ['input[type=image]', '1.3.3'],
      ];
      for (const [sel, test] of groups) {
        for (const el of h.all(sel).slice(0, 400)) {
          // alt="" and nothing else: no alternative (the cheap case, most decorative images).
          if (el.getAttribute('alt') === '' && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby') && !el.hasAttribute('title')) continue;
          if (test !== '1.3.2' && soleControlContent(el)) continue;
          if (h.hiddenFromAT(el)) continue;
          const alt = h.name(el).trim();
          if (!alt) continue; // no alternative: criterion 1.1 (or a decorative image)
          const src = el.getAttribute('src') || '';
          if (/captcha/i.test(src + ' ' + alt + ' ' + (el.id || '') + ' ' + (el.getAttribute('class') || ''))) continue; // CAPTCHA: criterion 1.4
          bt[test].applicable++;
          bt['1.3.9'].applicable++;
          r.applicable++;
          const lower = alt.toLowerCase();
          const base = (src.split(/[?#]/)[0].split('/').pop() || '').replace(/\.[a-z0-9]+$/i, '').toLowerCase();
          let why = '';
          if (fileRe.test(alt)) why = 'is a file name';
          else if (urlRe.test(alt)) why = 'is a URL';
          else if (placeholders.has(lower)) why = 'is a placeholder';
          else if (base && base.length > 3 && lower === base && /[-_\d]/.test(base)) why = 'repeats the image file name';
          if (why) add('failures', test, el, `Text alternative "${alt.slice(0, 80)}" ${why}: it cannot describe the image (if decorative, the image needs alt="" instead).`);
          else if (alt.length > 80) add('doubts', '1.3.9', el, `Text alternative of ${alt.length} characters: the RGAA strongly recommends at most 80; check it is short and concise.`);
        }
      }
      // 1.3.9 covers every kind of image with an alternative.
      for (const el of h.all('svg[role=img], object[type^="image/" i], embed[type^="image/" i], canvas').slice(0, 200)) {
        if (h.hiddenFromAT(el)) continue;
        const alt = h.name(el).trim();
        if (!alt) continue;
        bt['1.3.9'].applicable++;
        r.applicable++;
        if (alt.length > 80) add('doubts', '1.3.9', el, `Text alternative of ${alt.length} characters: the RGAA strongly recommends at most 80; check it is short and concise.`);
      }
      return r;
    },
  },
  {
    id: 'img-describedby',
    description: '1.6.9: an image using aria-describedby must point to an existing, non-empty passage of text (its detailed description).',
    run: (h) => {
      const r = h.result();
      const els = h.all('img[aria-describedby], input[type=image][aria-describedby], area[aria-describedby], object[aria-describedby], embed[aria-describedby], svg[aria-describedby], canvas[aria-describedby], [role=img][aria-describedby]').slice(0, 200);
      for (const el of els) {
        if (h.hiddenFromAT(el)) continue;
        r.applicable++;
        const ids = (el.getAttribute('aria-describedby') || '').trim().split(/\s+/).filter(Boolean);
        const targets = ids.map((id) => h.doc.getElementById(id));
        const text = targets.map((t) => (t ? (t.textContent || '').trim() : '')).join('');
        if (!ids.length || !targets.some(Boolean)) {
          r.failures.push(h.node(el, `aria-describedby="${ids.join(' ')}" points to no element of the page: the image is not tied to a detailed description.`));
        } else if (!text) {
          r.failures.push(h.node(el, `aria-describedby="${ids.join(' ')}" points to empty content: the image is not tied to a detailed description.`));
        }
      }
      r.byTest = { '1.6.9': { applicable: r.applicable, failures: r.failures.slice(0, h.max), doubts: [] } };
      return r;
    },
  },
];
