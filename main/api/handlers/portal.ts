// The portal channels call the injectable PortalController (services.portal): the Electron view
// in the app, "unavailable" in the browser harness and the CLI. Company and path checks happen
// here, before the controller is asked anything.
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerMap } from '../handler';
import type { Services } from '../../services';
import { ServiceError } from '../../services/service-error';

function companyFile(services: Services, companyId: number, file: string): string {
  const resolved = path.resolve(file);
  if (!services.receipts.isCompanyFile(companyId, resolved)) {
    throw new ServiceError('FORBIDDEN', 'portal.error.notCompanyFile', { path: resolved }, 'path');
  }
  if (!fs.existsSync(resolved)) throw new ServiceError('NOT_FOUND', 'backups.error.fileMissing', { path: resolved }, 'path');
  return resolved;
}

export const portalHandlers = {
  'portal:status': (_input, { portal }) => portal.status(),
  'portal:show': (input, services) => {
    // NOT_FOUND for an unknown company; the session is keyed on the UUID read now, never cached.
    const company = services.companies.get(input.companyId);
    return services.portal.show({ companyId: company.id, companyUuid: company.uuid, month: input.month, bounds: input.bounds });
  },
  'portal:hide': (_input, { portal }) => portal.hide(),
  'portal:back': (_input, { portal }) => portal.back(),
  'portal:reload': (_input, { portal }) => portal.reload(),
  'portal:logout': (input, services) => {
    const company = services.companies.get(input.companyId);
    return services.portal.logout({ companyId: company.id, companyUuid: company.uuid });
  },
  'portal:reveal': (input, services) => {
    const file = companyFile(services, input.companyId, input.path);
    services.portal.reveal(file);
    return { done: true };
  },
  'portal:copyPath': (input, services) => {
    const file = companyFile(services, input.companyId, input.path);
    services.portal.copyText(file);
    return { done: true };
  },
} satisfies HandlerMap<
  'portal:status' | 'portal:show' | 'portal:hide' | 'portal:back' | 'portal:reload' | 'portal:logout' | 'portal:reveal' | 'portal:copyPath'
>;
