/** <meta http-equiv="refresh"> content read as browsers read it (13.1.1 / 13.1.2, issue 13). */
import { describe, it, expect } from 'vitest';
import { parseRefresh } from '../../src/evaluate/checks/lib/refresh.page.js';

describe('parseRefresh', () => {
  it.each([
    ['0; url=/next', { delay: 0, url: '/next' }],
    ['0.9; url=/next', { delay: 0, url: '/next' }], // browsers drop what follows the integer: immediate
    ['5 URL=/next', { delay: 5, url: '/next' }], // a space alone separates the delay from the URL
    ['5,url = "/a b"', { delay: 5, url: '/a b' }],
    ["3; URL='/x'junk", { delay: 3, url: '/x' }],
    ['10;/plain', { delay: 10, url: '/plain' }],
    ['600', { delay: 600, url: '' }],
    ['  30 ; ', { delay: 30, url: '' }],
    ['.5; url=/x', { delay: 0, url: '/x' }],
  ])('%j → %j', (content, want) => {
    expect(parseRefresh(content)).toEqual(want);
  });

  it.each(['', 'soon', 'url=/x', '5x; url=/x'])('%j is ignored by browsers', (content) => {
    expect(parseRefresh(content)).toBeNull();
  });
});
