// Native dialogs for folders and files (shared/api/channels/dialogs.ts). The handler describes
// the dialog (dialog-requests.ts), asks the DialogPort (the desktop app's native dialogs, the
// harness's stand-in), and records what the user chose, so the channels that take a path accept
// it (path-guard.ts). A cancelled dialog records nothing.
import type { HandlerContext, HandlerMap } from '../handler';
import type { Services } from '../../services';
import type { ChosenPath, DialogPurpose, dialogChannels } from '../../../shared/api/channels/dialogs';
import { backupsDir } from '../../services/db/paths';
import { defaultPathFor, dialogRequestFor } from '../../services/dialog-requests';
import { ServiceError } from '../../services/service-error';
import { samePlace } from '../../services/chosen-paths';

async function choose(purpose: DialogPurpose, companyId: number | undefined, services: Services, { locale }: HandlerContext): Promise<ChosenPath> {
  const companyFolder = companyId === undefined ? undefined : services.companies.get(companyId).outputFolder;
  const defaultPath = defaultPathFor(purpose, {
    last: services.chosenPaths.last(purpose),
    companyFolder,
    backupsFolder: backupsDir(services.dataDir),
    today: services.today(),
  });
  const chosen = await services.dialogs.choose(dialogRequestFor(purpose, locale, defaultPath));
  return { path: chosen === null ? null : services.chosenPaths.grant(purpose, chosen) };
}

export const dialogHandlers = {
  'dialogs:chooseFolder': (input, services, context) => choose(input.purpose, input.companyId, services, context),
  'dialogs:chooseSaveFile': (input, services, context) => choose(input.purpose, input.companyId, services, context),
  'dialogs:chooseOpenFile': (input, services, context) => choose(input.purpose, input.companyId, services, context),
  'dialogs:copyPath': (input, services, { paths }) => {
    // Any path the user chose this session, or a company's folder: the clipboard never becomes a
    // way to read out arbitrary text through the main process.
    const isCompanyFolder = (resolved: string) => services.companies.list().some((c) => c.outputFolder !== null && samePlace(c.outputFolder, resolved));
    const file = paths.require(input.path, {
      purposes: [],
      field: 'path',
      alsoAllowed: (resolved) => services.chosenPaths.isChosenForAny(resolved) || isCompanyFolder(resolved),
    });
    if (!services.portal.available) throw new ServiceError('UNSUPPORTED', 'portal.error.unavailable');
    services.portal.copyText(file);
    return { done: true };
  },
} satisfies HandlerMap<keyof typeof dialogChannels>;
