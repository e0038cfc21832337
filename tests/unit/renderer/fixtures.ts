// Employees and employee-months for the renderer's models, as the services would give them.
import type { EmployeeMonth } from '../../../shared/domain/company-month';
import type { Employee } from '../../../shared/domain/employee';
import { epfOf, gridAmountsOf, type WageGridRow } from '../../../shared/domain/wage-grid';
import { epfPersonOf } from '../../../shared/domain/epf-facts';
import { personFacts } from '../../../shared/domain/person-facts';
import { emptyPayRunFields, zeroPayItems } from '../../../shared/domain/wages';
import { PAYROLL_FIELD_DEFAULTS } from '../../../shared/domain/employee-payroll';
import { calculateContributions, liableWagesSen, type PayItemName } from '../../../shared/statutory';

export function employee(overrides: Partial<Employee> = {}): Employee {
  return {
    id: 1,
    companyId: 1,
    name: 'Ali bin Ahmad',
    idType: 'mykad',
    idNumber: '850505105151',
    perkesoId: '850505105151',
    dateOfBirth: '1985-05-05',
    gender: 'male',
    nationality: 'citizen',
    domesticWorker: false,
    hireDate: '2020-01-02',
    perkesoRegisteredDate: '2020-01-03',
    leaveDate: null,
    leaveReason: null,
    firstInsuredAt55: false,
    noEisBefore57: false,
    paysLindung: true,
    categoryOverride: null,
    eisOverride: null,
    lindungOverride: null,
    notes: null,
    ...PAYROLL_FIELD_DEFAULTS,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A stored month for the employee; `items` in sen (none: no wages entered yet). */
export function employeeMonth(month: string, person: Employee, items?: Partial<Record<PayItemName, number>>): EmployeeMonth {
  const amounts = { ...zeroPayItems(), ...items };
  const wagesSen = items ? liableWagesSen(amounts) : 0;
  return {
    employee: person,
    entry: items ? { employeeId: person.id, month, items: amounts, ...emptyPayRunFields(), event: null, notes: null, updatedAt: '2025-06-01T00:00:00.000Z' } : null,
    wagesSen,
    events: { joined: false, left: false, died: false },
    result: calculateContributions({ month, wagesSen, person: personFacts(person) }),
  };
}

/** The same month as the wage grid receives it (wages:grid): a compact row, amounts only. */
export function gridRow(month: string, person: Employee, items?: Partial<Record<PayItemName, number>>): WageGridRow {
  const stored = employeeMonth(month, person, items);
  const epfPerson = epfPersonOf(person, month);
  return {
    employeeId: person.id,
    name: person.name,
    idNumber: person.idNumber,
    person: personFacts(person),
    epfPerson,
    events: stored.events,
    items: items ? { ...items } : null,
    version: stored.entry?.updatedAt ?? null,
    event: null,
    unpaidLeaveSen: 0,
    wagesSen: stored.wagesSen,
    amounts: gridAmountsOf(stored.result, epfOf(month, items ?? {}, 0, epfPerson)),
  };
}
