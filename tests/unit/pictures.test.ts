/**
 * The pictures one procedure's pages share (src/gather/screenshots.ts, `Pictures`): an element is
 * known by its selector and its code; a claim gives its picture to the pages that wait on it, and
 * one that ends without a picture leaves the element to the next page.
 */
import { describe, it, expect } from 'vitest';
import { Pictures } from '../../src/gather/screenshots.js';

describe('pictures shared by the pages of a procedure', () => {
  it('gives a claimed element’s picture to the pages that ask for it, by selector and code', async () => {
    const p = new Pictures();
    expect(p.taken('#logo', '<img id="logo">')).toBeUndefined();
    const settle = p.claim('#logo', '<img id="logo">');
    const waiting = p.taken('#logo', '<img id="logo">');
    expect(waiting).toBeDefined();
    // The same selector with other code is another element.
    expect(p.taken('#logo', '<img id="logo" src="b.png">')).toBeUndefined();
    settle('data:image/png;base64,AAAA');
    await expect(waiting).resolves.toBe('data:image/png;base64,AAAA');
    await expect(p.taken('#logo', '<img id="logo">')).resolves.toBe('data:image/png;base64,AAAA');
  });

  it('drops a claim that ends without a picture, so that a later page takes its own', async () => {
    const p = new Pictures();
    const settle = p.claim('#a', '<a id="a">');
    const waiting = p.taken('#a', '<a id="a">');
    settle(null);
    await expect(waiting).resolves.toBeNull();
    expect(p.taken('#a', '<a id="a">')).toBeUndefined();
  });

  it('settles a claim once: the end-of-page cleanup does not undo a picture', async () => {
    const p = new Pictures();
    const settle = p.claim('#a', '<a id="a">');
    settle('data:image/png;base64,BBBB');
    settle(null);
    await expect(p.taken('#a', '<a id="a">')).resolves.toBe('data:image/png;base64,BBBB');
  });
});
