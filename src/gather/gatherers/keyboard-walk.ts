/**
 * `keyboardWalk`: presses Tab through the page (min(focusable + 3, 60) key downs) logging the focused
 * element at each key down; when the focus seems stuck, presses Shift+Tab there; then focuses each
 * focusable element in tab order (up to 80) as the keyboard does and compares its styles with a
 * snapshot taken before. Focus and scroll are restored after. Read by 10.7.1, 12.9.1 and 12.7.2.
 */
import type { CDPSession, Page } from 'playwright';
import type { KeyboardWalkArtifact } from '../artifacts.js';
import { callProbe } from '../inpage.js';
import type { Gatherer } from './gatherer.js';

/** Press Tab n times: key downs pipelined through CDP then one key up, else one press at a time. */
async function pressTabs(page: Page, n: number, shared?: CDPSession): Promise<void> {
  let cdp: CDPSession | undefined = shared;
  try {
    cdp ??= await page.context().newCDPSession(page);
  } catch {
    cdp = undefined;
  }
  if (cdp) {
    try {
      const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
      const sent: Promise<unknown>[] = [];
      // Key downs only: focus navigation acts on keydown, and every input event is a round trip
      // between the browser and the renderer (a key up would double the cost of the walk).
      for (let i = 0; i < n; i++) sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
      await Promise.all(sent);
      return;
    } finally {
      if (cdp !== shared) await cdp.detach().catch(() => undefined);
    }
  }
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
}

export const keyboardWalk: Gatherer<'keyboardWalk'> = {
  name: 'keyboardWalk',
  interactive: true,
  async collect({ page, script, cdp }) {
    const n = await callProbe<number>(page, script, 'walkSetup');
    try {
      await pressTabs(page, Math.min(n + 3, 60), cdp);
      const read = await callProbe<{ stuck: boolean; walk: KeyboardWalkArtifact | null }>(page, script, 'walkRead');
      let walk = read.walk;
      if (read.stuck) {
        // Tab did not move the focus: does Shift+Tab?
        await page.keyboard.press('Shift+Tab');
        walk = await callProbe<KeyboardWalkArtifact | null>(page, script, 'walkFinish');
      }
      if (!walk) throw new Error('the keyboard walk lost its state: the page loaded another document meanwhile');
      return walk;
    } finally {
      // Whatever happened, leave no listener and no focus behind.
      await callProbe(page, script, 'walkRestore').catch(() => undefined);
    }
  },
};
