/**
 * `popups`: the windows the page opened while it loaded, before any user action (the page guard
 * closed and noted them). Collected before the keyboard walk, whose key presses are user actions;
 * windows opened later by timers are not seen. Read by 13.2.1.
 */
import type { Gatherer } from './gatherer.js';

export const popups: Gatherer<'popups'> = {
  name: 'popups',
  interactive: true,
  async collect({ guard }) {
    return guard.otherWindows();
  },
};
