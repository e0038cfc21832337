import type { HandlerMap } from '../handler';

export const companyHandlers = {
  'companies:list': (_input, { companies }) => companies.list(),
  'companies:create': (input, { companies }) => companies.create(input),
  'companies:rename': (input, { companies }) => companies.rename(input.id, input.name),
  'companies:update': (input, { companies }) => companies.update(input),
} satisfies HandlerMap<'companies:list' | 'companies:create' | 'companies:rename' | 'companies:update'>;
