// Migration 10: the pay run (issue 17). A finalised month and what it must remember, the unlock
// log, and corrections of finalised months paid later. In a file of its own so migrations.ts stays
// readable; like every migration, its text never changes once shipped.
import type { Migration } from './migration';

const MONTH_CHECK = (column: string) =>
  `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(${column}, 6, 2) BETWEEN '01' AND '12'`;

export const PAY_RUN_MIGRATION: Migration = {
  version: 10,
  name: 'pay run: finalised months, their figures as paid, unlocks, corrections',
  sql: `
    -- A finalised (locked) company-month: paid, never edited again. Unlocking deletes the row
    -- (and its lines) and leaves a payroll_unlocks row and a change-log entry behind.
    CREATE TABLE payroll_months (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (${MONTH_CHECK('month')}),
      finalised_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      -- The company as it was, its HRD levy choice and the month's totals, as finalised.
      month_json TEXT NOT NULL CHECK (json_valid(month_json)),
      UNIQUE (company_id, month)
    ) STRICT;

    -- Each employee's month as paid: the figures later months read for PCB's year to date
    -- (ΣY, ΣK, X, Z, ΣLP) and the payslip's year to date, and the whole computed row (employee
    -- details and every figure) so a later change to the records never changes a paid month.
    CREATE TABLE payroll_month_lines (
      payroll_month_id INTEGER NOT NULL REFERENCES payroll_months (id) ON DELETE CASCADE,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (${MONTH_CHECK('month')}),
      employee_id INTEGER NOT NULL,
      gross INTEGER NOT NULL CHECK (gross >= 0),
      -- PCB's Y of the month: normal (Y1) + additional (Yt) remuneration.
      remuneration INTEGER NOT NULL CHECK (remuneration >= 0),
      -- The employee's EPF (K1 + Kt).
      epf_employee INTEGER NOT NULL CHECK (epf_employee >= 0),
      -- PCB deducted after zakat (X); CP38 is not part of it.
      pcb INTEGER NOT NULL CHECK (pcb >= 0),
      -- PCB's zakat of the month (from pay and TP1 D1a / D1b): Z.
      pcb_zakat INTEGER NOT NULL CHECK (pcb_zakat >= 0),
      lp1 INTEGER NOT NULL CHECK (lp1 >= 0),
      -- SOCSO / EIS / LINDUNG wages as finalised: the base a later correction adds to.
      socso_wages INTEGER NOT NULL CHECK (socso_wages >= 0),
      net INTEGER NOT NULL CHECK (net >= 0),
      line_json TEXT NOT NULL CHECK (json_valid(line_json)),
      PRIMARY KEY (payroll_month_id, employee_id),
      FOREIGN KEY (employee_id, company_id) REFERENCES employees (id, company_id) ON DELETE RESTRICT
    ) STRICT;
    CREATE INDEX payroll_month_lines_by_year ON payroll_month_lines (company_id, month, employee_id);

    -- Every unlock: when the month had been finalised, why it was unlocked, and what had already
    -- been filed for it (files generated, receipts filed) when it was.
    CREATE TABLE payroll_unlocks (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (${MONTH_CHECK('month')}),
      finalised_at TEXT NOT NULL,
      unlocked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      filed_json TEXT NOT NULL CHECK (json_valid(filed_json))
    ) STRICT;
    CREATE INDEX payroll_unlocks_by_month ON payroll_unlocks (company_id, month);

    -- Pay that was short in a finalised month, paid in a later open month as arrears of wages
    -- (shared/payroll/rules.ts CORRECTIONS_ARE_ARREARS). Only underpayments: amount ≥ 1 sen.
    CREATE TABLE payroll_corrections (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      employee_id INTEGER NOT NULL,
      for_month TEXT NOT NULL CHECK (${MONTH_CHECK('for_month')}),
      paid_month TEXT NOT NULL CHECK (${MONTH_CHECK('paid_month')} AND paid_month > for_month),
      amount INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 1000000000),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      FOREIGN KEY (employee_id, company_id) REFERENCES employees (id, company_id) ON DELETE RESTRICT
    ) STRICT;
    CREATE INDEX payroll_corrections_by_paid_month ON payroll_corrections (company_id, paid_month);
    CREATE INDEX payroll_corrections_by_for_month ON payroll_corrections (company_id, for_month);
  `,
};
