// The wage grid's keyboard, spreadsheet-like. Arrow keys move between cells; Enter moves down
// (Shift+Enter up) and Tab moves right (Shift+Tab left), wrapping at the row ends; Page Up / Down
// move a screenful; typing replaces a cell's value, F2 edits it in place (then ← and → move the
// caret); Escape puts back the value the cell had when it was entered. Only one cell of the grid
// is in the tab order (the active one), so Tab from outside lands where the user left off.
import { useCallback, useRef, type FocusEvent, type KeyboardEvent } from 'react';

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridKeyboardOptions {
  rowCount: number;
  colCount: number;
  /** Rows a Page Up / Page Down moves. */
  pageRows: number;
  /** Moves the focus to a cell (clamped to the grid). */
  focusCell(row: number, col: number): void;
  /** The cell at (row, col) was entered (by any means). */
  onActivate(position: CellPosition): void;
  /** Puts text into a cell (Escape's undo). */
  onRevert(row: number, col: number, text: string): void;
}

type Mode = 'nav' | 'enter' | 'edit';

/** Handlers for the cell inputs, which carry data-row and data-col. */
export function useGridKeyboard({ rowCount, colCount, pageRows, focusCell, onActivate, onRevert }: GridKeyboardOptions) {
  const mode = useRef<Mode>('nav');
  const original = useRef('');

  const onFocus = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      mode.current = 'nav';
      original.current = input.value;
      input.select();
      onActivate({ row: Number(input.dataset.row), col: Number(input.dataset.col) });
    },
    [onActivate],
  );

  /** Typing into a cell that was only visited starts entering it. */
  const onType = useCallback(() => {
    if (mode.current === 'nav') mode.current = 'enter';
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const row = Number(input.dataset.row);
      const col = Number(input.dataset.col);
      const move = (r: number, c: number) => {
        event.preventDefault();
        focusCell(r, c);
      };
      switch (event.key) {
        case 'ArrowUp':
          return move(row - 1, col);
        case 'ArrowDown':
          return move(row + 1, col);
        case 'ArrowLeft':
          if (mode.current === 'edit') return;
          return move(row, col - 1);
        case 'ArrowRight':
          if (mode.current === 'edit') return;
          return move(row, col + 1);
        case 'PageDown':
          return move(row + pageRows, col);
        case 'PageUp':
          return move(row - pageRows, col);
        case 'Enter':
          return move(event.shiftKey ? row - 1 : row + 1, col);
        case 'Tab': {
          // At the grid's first and last cell Tab leaves the grid, as everywhere else.
          if (event.shiftKey) {
            if (row === 0 && col === 0) return;
            return move(col === 0 ? row - 1 : row, col === 0 ? colCount - 1 : col - 1);
          }
          if (row === rowCount - 1 && col === colCount - 1) return;
          return move(col === colCount - 1 ? row + 1 : row, col === colCount - 1 ? 0 : col + 1);
        }
        case 'F2':
          event.preventDefault();
          mode.current = 'edit';
          input.setSelectionRange(input.value.length, input.value.length);
          return;
        case 'Escape':
          event.preventDefault();
          if (input.value !== original.current) onRevert(row, col, original.current);
          mode.current = 'nav';
          window.requestAnimationFrame(() => input.select());
          return;
        default:
          return;
      }
    },
    [focusCell, onRevert, pageRows, rowCount, colCount],
  );

  return { onFocus, onKeyDown, onType };
}
