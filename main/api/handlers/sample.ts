import type { HandlerMap } from '../handler';

export const sampleHandlers = {
  'sample:create': (_input, { sampleData }) => sampleData.create(),
  'sample:remove': async (input, { sampleData, portal }) => {
    const removed = sampleData.remove(input.companyId);
    // Its portal login goes with it: a company created next may get the same row id.
    await portal.forget(removed.companyUuid);
    return removed;
  },
} satisfies HandlerMap<'sample:create' | 'sample:remove'>;
