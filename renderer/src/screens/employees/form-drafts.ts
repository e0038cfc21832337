// Employee forms typed and not saved, kept per company (state/drafts.ts): one for a new employee
// ("new") and one per employee being edited ("edit-12"). The list offers to continue them after
// a reload or a crash; the form reads and writes them.
import type { Company } from '../../../../shared/domain/company';
import { draftScopes, readDraft } from '../../state/drafts';
import { parseFormDraft } from './form-model';

export const EMPLOYEE_DRAFT_KIND = 'employee';

export function formDraftScope(employeeId: number | null): string {
  return employeeId === null ? 'new' : `edit-${employeeId}`;
}

export interface KeptForm {
  /** null: a new employee. */
  employeeId: number | null;
  /** The name as typed (may be empty). */
  name: string;
}

/** Every employee form of this company kept as a draft (drafts of another company with this id are removed). */
export function keptForms(company: Pick<Company, 'id' | 'employerCode' | 'createdAt'>): KeptForm[] {
  const forms: KeptForm[] = [];
  for (const scope of draftScopes(EMPLOYEE_DRAFT_KIND, company)) {
    const edit = /^edit-(\d+)$/.exec(scope);
    if (scope !== 'new' && !edit) continue;
    const kept = readDraft(EMPLOYEE_DRAFT_KIND, company, scope, parseFormDraft);
    if (kept) forms.push({ employeeId: edit ? Number(edit[1]) : null, name: kept.data.name.trim() });
  }
  return forms;
}
