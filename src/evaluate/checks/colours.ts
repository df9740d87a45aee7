/**
 * Theme 3 (colours). No check of our own: contrast of text is axe color-contrast (3.2.1;
 * `incomplete` stays NT), and colour-only information (3.1) or the contrast of UI components and
 * graphics (3.3) needs a human. rules/03-colours.yaml only adds test scopes that markup can prove
 * empty: images (3.1.3), time-based and non-time-based media (3.1.5, 3.1.6, via the media scope
 * checks) and UI components (3.3.1). 3.3.2/3.3.3 stay in scope everywhere: graphics drawn with CSS
 * (icon fonts, masks, backgrounds) cannot be ruled out from markup.
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [];
