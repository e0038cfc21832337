import { calculateContributionCase } from '../../../shared/statutory';
import type { HandlerMap } from '../handler';

export const statutoryHandlers = {
  'statutory:calculate': (input) => input.cases.map((typed, i) => calculateContributionCase(typed, String(i + 1))),
} satisfies HandlerMap<'statutory:calculate'>;
