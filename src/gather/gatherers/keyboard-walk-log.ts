/**
 * Reading the Tab log of the keyboard walk: where the focus stayed. Pure (indices into the walk's
 * elements), shared by the page part of the walk (which must know at once whether to press
 * Shift+Tab) and by the 12.9.1 check.
 */

export interface LogElement {
  /** body or html. */
  root: boolean;
  /** A field or widget where Tab may stay a while (date fields, media, editors…). */
  slowToLeave: boolean;
}

export interface Stay {
  /** An element Tab did not leave in 3 presses: maybe a trap (confirmed with Shift+Tab). */
  stuck: number | null;
  /** A slow-to-leave element Tab did not leave in 9 presses, and after how many presses it was seen. */
  slow: { element: number; presses: number } | null;
}

/** The focused element at each Tab key down then after the last press (-1: none), read in order. */
export function whereFocusStayed(log: number[], elements: LogElement[]): Stay {
  let run = 1;
  let slow: Stay['slow'] = null;
  for (let i = 1; i < log.length; i++) {
    const el = log[i];
    if (el >= 0 && el === log[i - 1] && !elements[el].root) {
      run++;
      const limit = elements[el].slowToLeave ? 9 : 3;
      if (run >= limit) {
        if (!elements[el].slowToLeave) return { stuck: el, slow };
        slow ??= { element: el, presses: run - 1 };
      }
    } else run = 1;
  }
  return { stuck: null, slow };
}
