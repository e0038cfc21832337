import { calculateEpfCase } from '../../../shared/epf/calculate-case';
import type { HandlerMap } from '../handler';

export const epfHandlers = {
  'epf:calculate': (input) => input.cases.map((typed, i) => calculateEpfCase(typed, String(i + 1))),
} satisfies HandlerMap<'epf:calculate'>;
