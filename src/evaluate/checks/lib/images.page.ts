/** What the checks of theme 1 share. */

/** An image with a caption: inside a `<figure>` that has a `<figcaption>` (glossary « Légende d'image »). */
export function captioned(el: Element): boolean {
  const fig = el.closest('figure');
  return !!fig && Array.from(fig.children).some((c) => c.localName === 'figcaption');
}
