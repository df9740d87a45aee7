/**
 * `reflow`: the viewport resized to 320 × 256 CSS px (the 400 % zoom of 1280 × 1024), the
 * horizontal scrolling of the document measured and the elements reaching beyond the right edge
 * found; one resize, one evaluation, one resize back. Read by 10.11.1.
 */
import type { ReflowArtifact } from '../artifacts.js';
import { callProbe } from '../inpage.js';
import type { Gatherer } from './gatherer.js';

export const reflow: Gatherer<'reflow'> = {
  name: 'reflow',
  interactive: true,
  async collect({ page, script }) {
    const size = page.viewportSize() ?? { width: 1280, height: 800 };
    await page.setViewportSize({ width: 320, height: 256 });
    try {
      // Media queries apply at once: layout is computed when the measurement reads it.
      return await callProbe<ReflowArtifact>(page, script, 'measureReflow');
    } finally {
      await page.setViewportSize(size);
    }
  },
};
