import type { HandlerMap } from '../handler';
import { samePlace } from '../../services/chosen-paths';

export const companyHandlers = {
  'companies:list': (_input, { companies }) => companies.list(),
  'companies:create': (input, { companies }) => companies.create(input),
  'companies:rename': (input, { companies }) => companies.rename(input.id, input.name),
  'companies:update': (input, { companies }, { paths }) => {
    // A new folder must have been chosen in a dialog; the stored one (the details form sends every
    // field back) and clearing it (null) need none.
    const folder = input.outputFolder;
    if (folder != null) {
      const stored = companies.get(input.id).outputFolder;
      if (stored === null || !samePlace(stored, folder)) {
        paths.require(folder, { purposes: ['companyFolder', 'assistFiles'], field: 'outputFolder' });
      }
    }
    return companies.update(input);
  },
} satisfies HandlerMap<'companies:list' | 'companies:create' | 'companies:rename' | 'companies:update'>;
