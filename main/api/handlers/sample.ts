import type { HandlerMap } from '../handler';

export const sampleHandlers = {
  'sample:create': (_input, { sampleData }) => sampleData.create(),
  'sample:remove': (input, { sampleData }) => sampleData.remove(input.companyId),
} satisfies HandlerMap<'sample:create' | 'sample:remove'>;
