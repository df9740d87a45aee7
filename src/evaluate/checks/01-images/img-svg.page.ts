import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';
import { captioned } from '../lib/images.page.js';

/** In the page: see ./img-svg.ts. */
export default function run(h: PageContext): CheckResult {
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
    const isCaptioned = captioned(svg);
    if (!isCaptioned) bt['1.2.4'].applicable++;
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
      if (isCaptioned) continue;
      const found: (string | MessageRef)[] = [];
      if (label) found.push('aria-label');
      if (labelledby) found.push('aria-labelledby');
      const texts = Array.from(svg.querySelectorAll('title, desc')).filter((t) => (t.textContent || '').trim());
      if (texts.length) found.push(`<${texts[0].localName}> "${(texts[0].textContent || '').trim().slice(0, 60)}"`);
      if ((svg.getAttribute('title') || '').trim() || Array.from(svg.querySelectorAll('[title]')).some((e) => (e.getAttribute('title') || '').trim())) found.push({ id: 'title-attribute' });
      if (!found.length) continue;
      if (inControl) add('doubts', '1.2.4', svg, 'hidden-with-alt-in-control', { found });
      else add('failures', '1.2.4', svg, 'hidden-with-alt', { found });
      continue;
    }
    if (role === 'img') continue; // exposed as an image: axe svg-img-alt checks its name
    if (container) {
      add('doubts', '1.1.5', svg, 'in-container');
      continue;
    }
    const named = label || labelledby || titleText;
    const hasText = Array.from(svg.querySelectorAll('text')).some((t) => (t.textContent || '').trim());
    if (role && role !== 'presentation' && role !== 'none') {
      add('doubts', '1.1.5', svg, 'other-role', { role });
      continue;
    }
    if (role) {
      add('doubts', '1.2.4', svg, 'presentation-not-hidden', { role });
      continue;
    }
    if (inControl) {
      const t = named || hasText ? '1.1.5' : '1.2.4';
      add('doubts', t, svg, 'in-control');
      continue;
    }
    if (interactive) {
      add('doubts', '1.1.5', svg, 'interactive');
      continue;
    }
    if (named || hasText || isCaptioned) {
      const why: MessageRef = named ? { id: 'with-alternative', params: { text: String(named).slice(0, 60) } } : hasText ? { id: 'with-text' } : { id: 'with-caption' };
      add('failures', '1.1.5', svg, 'informative-no-role', { why });
    } else {
      add('failures', '1.2.4', svg, 'neither-hidden-nor-image');
    }
  }
  return r;
}
