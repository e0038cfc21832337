// The one contract between the renderer (or the CLI) and the services: every channel, its input
// schema and its output type. Each area declares its channels in channels/<area>.ts; they are
// merged here. The router must handle exactly these (checked by the compiler in main/api).
import type { z } from 'zod';
import type { ApiResult } from './errors';
import { companyChannels } from './channels/companies';
import { settingsChannels } from './channels/settings';
import { backupChannels } from './channels/backups';
import { recordChannels } from './channels/records';
import { portalChannels } from './channels/portal';
import { receiptChannels } from './channels/receipts';
import { assistChannels } from './channels/assist';
import { monthEndChannels } from './channels/month-end';
import { sampleChannels } from './channels/sample';
import { statutoryChannels } from './channels/statutory';
import { epfChannels } from './channels/epf';
import { taxChannels } from './channels/tax';
import { dialogChannels } from './channels/dialogs';
import { payrollRecordChannels } from './channels/payroll-records';
import { payrollChannels } from './channels/payroll';
import { payslipChannels } from './channels/payslips';
import { payrollExportChannels } from './channels/payroll-exports';
import { eaChannels } from './channels/ea';

export const contract = {
  ...companyChannels,
  ...settingsChannels,
  ...backupChannels,
  ...recordChannels,
  ...portalChannels,
  ...receiptChannels,
  ...assistChannels,
  ...monthEndChannels,
  ...sampleChannels,
  ...statutoryChannels,
  ...epfChannels,
  ...taxChannels,
  ...dialogChannels,
  ...payrollRecordChannels,
  ...payrollChannels,
  ...payslipChannels,
  ...payrollExportChannels,
  ...eaChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** The shape of window.api, identical in Electron (preload) and in the browser test shim. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}
