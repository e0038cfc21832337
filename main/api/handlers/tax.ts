import { calculatePcbCase } from '../../../shared/tax/cases';
import type { HandlerMap } from '../handler';

export const taxHandlers = {
  'pcb:calculate': (input) => input.cases.map((typed, i) => calculatePcbCase(typed, String(i + 1))),
} satisfies HandlerMap<'pcb:calculate'>;
