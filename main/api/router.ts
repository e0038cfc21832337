// The router: the one door from the renderer (over IPC), the browser test shim and the CLI into
// the services. It validates every input against the contract, calls the handler and turns every
// outcome into an ApiResult. It never throws and never lets a stack trace out.
import { contract, isChannel, type Channel } from '../../shared/api/contract';
import type { ApiErrorShape, ApiResult } from '../../shared/api/errors';
import { hasMessage, translate, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n/catalog';
import type { Services } from '../services';
import { ServiceError } from '../services/service-error';
import { databaseError } from '../services/db/errors';
import { StatutoryError } from '../../shared/statutory/errors';
import { EpfError } from '../../shared/epf/errors';
import { TaxError } from '../../shared/tax/errors';
import { PayrollError } from '../../shared/payroll/errors';
import type { Handler, HandlerMap } from './handler';
import { describeValidationIssue } from '../../shared/api/validation-issue';
import { companyHandlers } from './handlers/companies';
import { settingsHandlers } from './handlers/settings';
import { backupHandlers } from './handlers/backups';
import { recordHandlers } from './handlers/records';
import { portalHandlers } from './handlers/portal';
import { receiptHandlers } from './handlers/receipts';
import { assistHandlers } from './handlers/assist';
import { monthEndHandlers } from './handlers/month-end';
import { sampleHandlers } from './handlers/sample';
import { statutoryHandlers } from './handlers/statutory';
import { epfHandlers } from './handlers/epf';
import { taxHandlers } from './handlers/tax';
import { dialogHandlers } from './handlers/dialogs';
import { createPathGuard, type PathPolicy } from './path-guard';
import { payrollRecordHandlers } from './handlers/payroll-records';
import { payrollHandlers } from './handlers/payroll';
import { payslipHandlers } from './handlers/payslips';
import { payrollExportHandlers } from './handlers/payroll-exports';
import { eaHandlers } from './handlers/ea';

const handlers = {
  ...companyHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...recordHandlers,
  ...portalHandlers,
  ...receiptHandlers,
  ...assistHandlers,
  ...monthEndHandlers,
  ...sampleHandlers,
  ...statutoryHandlers,
  ...epfHandlers,
  ...taxHandlers,
  ...dialogHandlers,
  ...payrollRecordHandlers,
  ...payrollHandlers,
  ...payslipHandlers,
  ...payrollExportHandlers,
  ...eaHandlers,
} satisfies HandlerMap<Channel>;

// The compiler also refuses a handler for a channel the contract does not declare.
type UndeclaredHandlers = Exclude<keyof typeof handlers, Channel>;
const everyHandlerDeclared: [UndeclaredHandlers] extends [never] ? true : never = true;
void everyHandlerDeclared;

export interface RouterOptions {
  /** The language errors are written in; the app passes the user's setting. */
  locale?: () => Locale;
  /** Where unexpected errors go (the main process log, stderr for the CLI). */
  logError?: (channel: string, error: unknown) => void;
  /**
   * Which filesystem paths callers may name (path-guard.ts). The renderer's transports (the
   * desktop app's IPC in main/app/main.ts, the browser harness) pass 'chosen': only what the user
   * chose in a dialog. The default, 'typed', is for the CLI and for tests of the services.
   */
  paths?: PathPolicy;
}

export interface Router {
  invoke(channel: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

export function createRouter(services: Services, options: RouterOptions = {}): Router {
  const locale = options.locale ?? (() => services.settings.locale());
  const logError = options.logError ?? ((channel, error) => console.error(`[caruman] ${channel} failed:`, error));
  const paths = createPathGuard(options.paths ?? 'typed', () => services.chosenPaths);

  function fail(code: ApiErrorShape['code'], key: MessageKey, params: MessageParams = {}, field?: string) {
    // A key without a message (a bug the catalogue test should have caught) is said by its code.
    const said: MessageKey = hasMessage(key) ? key : `error.code.${code}`;
    const error: ApiErrorShape = { code, key: said, message: translate(locale(), said, params), params };
    if (field) error.field = field;
    return { ok: false as const, error };
  }

  return {
    async invoke(channel, input) {
      if (!isChannel(channel)) return fail('NOT_FOUND', 'error.channel.unknown', { channel: String(channel) });
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) {
        const problem = describeValidationIssue(parsed.error);
        return fail('VALIDATION', problem.key, problem.params, problem.field);
      }
      try {
        const handler = handlers[channel] as Handler<Channel>;
        const current = locale();
        const context = { locale: current, t: (key: string, params?: MessageParams) => translate(current, key, params), paths };
        const value = await handler(parsed.data as never, services, context);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof ServiceError) return fail(error.code, error.key, error.params, error.field);
        // The engines' own refusals (bad or out-of-range input) are the caller's to fix, like a service's.
        if (error instanceof StatutoryError || error instanceof EpfError || error instanceof TaxError || error instanceof PayrollError) {
          return fail(error.code, error.key as MessageKey, error.params, error.field);
        }
        // A busy, full or damaged database is not a bug: say which, and what to do.
        const storage = databaseError(error, services.databaseFile);
        if (storage) return fail(storage.code, storage.key, storage.params);
        logError(channel, error);
        return fail('INTERNAL', 'error.internal');
      }
    },
  };
}
