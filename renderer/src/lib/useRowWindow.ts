// Row windowing for long tables (the wage grid, the employees list): only the rows in view, plus
// a few either side, are rendered; spacer rows above and below keep the scroll height of the whole
// list. Rows have a fixed height, or (`measure`) an estimated one corrected once each row has been
// seen, for rows whose height depends on their content.
//
//   const rows = useRowWindow({ count, rowHeight: 38, keyOf: (i) => list[i].id });
//   <div ref={rows.scrollRef} onScroll={rows.onScroll}> <table> … <thead/> <tbody>
//     {rows.padTop > 0 && <tr style={{ height: rows.padTop }} />}
//     {for i in rows.first … rows.last-1: <tr ref={rows.measure?.(i)} …/>}
//     {rows.padBottom > 0 && <tr style={{ height: rows.padBottom }} />}
//   </tbody> <tfoot/> </table> </div>
// The table's <thead> and <tfoot> may be sticky: scrollIntoView keeps a row clear of both.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface RowWindowOptions {
  count: number;
  /** The height of a row in pixels; with `measure`, the estimate for a row not seen yet. */
  rowHeight: number;
  /** Measure rendered rows (their height depends on what they hold). */
  measure?: boolean;
  /** A stable key per row, so measured heights follow the row when the list is filtered. */
  keyOf?: (index: number) => RowKey;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
}

export interface RowWindow {
  scrollRef: RefObject<HTMLDivElement | null>;
  onScroll(): void;
  /** Rendered rows: first … last - 1. */
  first: number;
  last: number;
  /** Heights of the spacers above and below the rendered rows. */
  padTop: number;
  padBottom: number;
  /** Rows that fit in the view (for Page Up / Page Down). */
  pageRows: number;
  /** Scrolls the least needed for row `index` to be wholly in view, clear of a sticky header and footer. */
  scrollIntoView(index: number): void;
  /** With `measure`: the ref callback for row `index`'s element. */
  measureRow(index: number): (element: HTMLElement | null) => void;
}

function stickyHeight(scroller: HTMLElement, selector: string): number {
  return scroller.querySelector(selector)?.getBoundingClientRect().height ?? 0;
}

export function useRowWindow({ count, rowHeight, measure = false, keyOf, overscan = 8 }: RowWindowOptions): RowWindow {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [measured, setMeasured] = useState<ReadonlyMap<RowKey, number>>(new Map());
  const keyFor = useCallback((index: number) => (keyOf ? keyOf(index) : index), [keyOf]);

  // Where each row starts (tops[count] is the height of all rows).
  const tops = useMemo(() => {
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i += 1) out[i + 1] = (out[i] ?? 0) + (measure ? (measured.get(keyFor(i)) ?? rowHeight) : rowHeight);
    return out;
  }, [count, rowHeight, measure, measured, keyFor]);
  const total = tops[count] ?? 0;

  /** The row at vertical position `y` (0 … count - 1). */
  const rowAt = useCallback(
    (y: number) => {
      let low = 0;
      let high = count - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((tops[mid] ?? 0) <= y) low = mid;
        else high = mid - 1;
      }
      return Math.max(0, low);
    },
    [tops, count],
  );

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    setScrollTop(element.scrollTop);
    setViewport(element.clientHeight);
  }, []);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => setViewport(element.clientHeight);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Rendered rows report their height when it differs from what is known.
  const [tracker] = useState(() =>
    measure
      ? heightTracker((changes) =>
          setMeasured((current) => {
            if (changes.every(([key, height]) => current.get(key) === height)) return current;
            const next = new Map(current);
            for (const [key, height] of changes) next.set(key, height);
            return next;
          }),
        )
      : null,
  );
  useLayoutEffect(() => () => tracker?.disconnect(), [tracker]);

  const measureRow = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      if (!tracker || !element) return;
      tracker.observe(element, keyFor(index));
      return () => tracker.unobserve(element);
    },
    [tracker, keyFor],
  );

  const scrollIntoView = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element || index < 0 || index >= count) return;
      const header = stickyHeight(element, 'thead');
      const footer = stickyHeight(element, 'tfoot');
      const top = tops[index] ?? 0;
      const bottom = tops[index + 1] ?? top;
      let next = element.scrollTop;
      if (top < next) next = top;
      else if (header + bottom > next + element.clientHeight - footer) next = header + bottom - element.clientHeight + footer;
      if (next !== element.scrollTop) {
        element.scrollTop = next;
        setScrollTop(element.scrollTop);
      }
    },
    [count, tops],
  );

  const first = count === 0 ? 0 : Math.max(0, rowAt(scrollTop) - overscan);
  const last = count === 0 ? 0 : Math.min(count, rowAt(scrollTop + viewport) + 1 + overscan);
  const padTop = tops[first] ?? 0;
  const padBottom = total - (tops[last] ?? total);
  const pageRows = Math.max(1, Math.floor(viewport / rowHeight) - 2);

  return { scrollRef, onScroll, first, last, padTop, padBottom, pageRows, scrollIntoView, measureRow };
}

type RowKey = string | number;

/** Watches rendered rows' heights; reports the rows whose height is known, by key. */
function heightTracker(report: (changes: [RowKey, number][]) => void) {
  const keys = new Map<Element, RowKey>();
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const changes: [RowKey, number][] = [];
          for (const entry of entries) {
            const key = keys.get(entry.target);
            const height = entry.target.getBoundingClientRect().height;
            if (key !== undefined && height > 0) changes.push([key, height]);
          }
          if (changes.length > 0) report(changes);
        });
  return {
    observe(element: Element, key: RowKey) {
      keys.set(element, key);
      observer?.observe(element);
    },
    unobserve(element: Element) {
      keys.delete(element);
      observer?.unobserve(element);
    },
    disconnect() {
      keys.clear();
      observer?.disconnect();
    },
  };
}
