/**
 * The facts of a page for the title check over the sample (8.6.1, ./req-title-relevance.ts): its
 * first level-1 heading and its path.
 */

export const facts = {
  titleContext: () => {
    // The main content's h1 first; dialogs and cookie banners are not the page's content.
    const h1 = document.querySelector('main h1, [role=main] h1') || Array.from(document.querySelectorAll('h1')).find((e) => !e.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal]')) || null;
    const text = h1 ? (h1.textContent || '').replace(/\s+/g, ' ').trim() : '';
    return { h1: text || null, path: location.pathname + location.search };
  },
};

