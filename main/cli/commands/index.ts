// Every CLI command. To add one: write it in commands/<area>.ts and list the array here.
import type { Command } from '../command';
import { calcCommands } from './calc';
import { companyCommands } from './companies';
import { backupCommands } from './backup';
import { recordCommands } from './records';
import { assistCommands } from './assist';
import { packCommands } from './pack';
import { monthEndCommands } from './month-end';
import { epfCommands } from './epf';
import { pcbCommands } from './pcb';
import { payrollCommands } from './payroll';
import { eaCommands } from './ea';

export const commands: Command[] = [...companyCommands, ...calcCommands, ...epfCommands, ...pcbCommands, ...payrollCommands, ...eaCommands, ...backupCommands, ...recordCommands, ...assistCommands, ...monthEndCommands, ...packCommands];
