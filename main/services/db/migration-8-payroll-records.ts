// Migration 8: the payroll records the EPF, PCB and pay-run work need (PAYROLL_RECORDS.md
// "Schema"). In a file of its own so migrations.ts stays readable; like every migration, its text
// never changes once shipped.
import type { Migration } from './migration';

/**
 * The item codes of Form PCB/TP1 (1/2026), pcb/tp1_2026_items.csv, as written into migration 8's
 * CHECK. Written out here, not read from the tax tables, because a shipped migration never changes
 * (a test checks they equal shared/tax's TP1_ITEMS_2026).
 */
export const TP1_ITEM_CODES = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14', 'C15', 'C16', 'C17', 'D1a', 'D1b',
] as const;

export const PAYROLL_RECORDS_MIGRATION: Migration = {
  version: 8,
  name: 'payroll records: EPF and tax details, deductions, TP1, TP3, CP38, EPF dividend rates',
  sql: `
    -- The records the EPF, PCB and pay-run work need (PAYROLL_RECORDS.md "Schema"). Columns are
    -- added with ALTER TABLE (existing rows take the defaults); CHECKs hold what must never be
    -- stored. The new per-employee tables carry company_id and reference the employee together
    -- with it, so a row can never name one company's employee under another company.

    ALTER TABLE companies ADD COLUMN epf_employer_number TEXT
      CHECK (epf_employer_number IS NULL OR (length(epf_employer_number) BETWEEN 1 AND 19 AND epf_employer_number NOT GLOB '*[^0-9]*'));
    ALTER TABLE companies ADD COLUMN tax_employer_number TEXT
      CHECK (tax_employer_number IS NULL OR (length(tax_employer_number) BETWEEN 2 AND 11 AND tax_employer_number GLOB 'E[0-9]*' AND substr(tax_employer_number, 2) NOT GLOB '*[^0-9]*'));
    ALTER TABLE companies ADD COLUMN hrd_levy TEXT NOT NULL DEFAULT 'none' CHECK (hrd_levy IN ('none', 'one_percent', 'half_percent'));
    ALTER TABLE companies ADD COLUMN normal_minutes_per_day INTEGER NOT NULL DEFAULT 480 CHECK (normal_minutes_per_day BETWEEN 60 AND 720);
    ALTER TABLE companies ADD COLUMN payment_reference TEXT CHECK (payment_reference IS NULL OR length(trim(payment_reference)) BETWEEN 1 AND 20);

    ALTER TABLE employees ADD COLUMN epf_member_number TEXT
      CHECK (epf_member_number IS NULL OR (length(epf_member_number) BETWEEN 1 AND 19 AND epf_member_number NOT GLOB '*[^0-9]*'));
    ALTER TABLE employees ADD COLUMN epf_status TEXT CHECK (epf_status IN ('citizen', 'pr', 'pre1998', 'foreign', 'foreign_elected'));
    ALTER TABLE employees ADD COLUMN epf_keep_11 INTEGER NOT NULL DEFAULT 0 CHECK (epf_keep_11 IN (0, 1));
    ALTER TABLE employees ADD COLUMN epf_keep_11_date TEXT
      CHECK (epf_keep_11_date IS NULL OR (date(epf_keep_11_date) = epf_keep_11_date AND epf_keep_11 = 1));
    ALTER TABLE employees ADD COLUMN tax_number TEXT
      CHECK (tax_number IS NULL OR (length(tax_number) BETWEEN 1 AND 13 AND tax_number NOT GLOB '*[^A-Z0-9]*'));
    ALTER TABLE employees ADD COLUMN tax_resident INTEGER NOT NULL DEFAULT 1 CHECK (tax_resident IN (0, 1));
    ALTER TABLE employees ADD COLUMN marital_status TEXT NOT NULL DEFAULT 'single' CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed'));
    ALTER TABLE employees ADD COLUMN spouse_working INTEGER NOT NULL DEFAULT 0 CHECK (spouse_working IN (0, 1) AND (spouse_working = 0 OR marital_status = 'married'));
    ALTER TABLE employees ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
    ALTER TABLE employees ADD COLUMN spouse_disabled INTEGER NOT NULL DEFAULT 0 CHECK (spouse_disabled IN (0, 1) AND (spouse_disabled = 0 OR marital_status = 'married'));
    ALTER TABLE employees ADD COLUMN children_basic INTEGER NOT NULL DEFAULT 0 CHECK (children_basic BETWEEN 0 AND 99);
    ALTER TABLE employees ADD COLUMN children_study INTEGER NOT NULL DEFAULT 0 CHECK (children_study BETWEEN 0 AND 99);
    ALTER TABLE employees ADD COLUMN children_disabled INTEGER NOT NULL DEFAULT 0 CHECK (children_disabled BETWEEN 0 AND 99);
    ALTER TABLE employees ADD COLUMN children_disabled_study INTEGER NOT NULL DEFAULT 0 CHECK (children_disabled_study BETWEEN 0 AND 99);
    ALTER TABLE employees ADD COLUMN bank_name TEXT CHECK (bank_name IS NULL OR length(trim(bank_name)) BETWEEN 1 AND 100);
    ALTER TABLE employees ADD COLUMN bank_account TEXT
      CHECK (bank_account IS NULL OR (bank_account NOT GLOB '*[^0-9-]*' AND length(replace(bank_account, '-', '')) BETWEEN 5 AND 20));
    ALTER TABLE employees ADD COLUMN payslip_language TEXT CHECK (payslip_language IN ('ms', 'en'));
    ALTER TABLE employees ADD COLUMN job_title TEXT CHECK (job_title IS NULL OR length(trim(job_title)) BETWEEN 1 AND 100);
    ALTER TABLE employees ADD COLUMN staff_number TEXT CHECK (staff_number IS NULL OR length(trim(staff_number)) BETWEEN 1 AND 20);
    ALTER TABLE employees ADD COLUMN monthly_rate INTEGER CHECK (monthly_rate IS NULL OR monthly_rate BETWEEN 0 AND 1000000000);
    -- The target of the (employee_id, company_id) references below.
    CREATE UNIQUE INDEX employees_id_company ON employees (id, company_id);

    ALTER TABLE wages ADD COLUMN service_charge INTEGER NOT NULL DEFAULT 0 CHECK (service_charge BETWEEN 0 AND 1000000000);
    ALTER TABLE wages ADD COLUMN payment_in_lieu_of_notice INTEGER NOT NULL DEFAULT 0 CHECK (payment_in_lieu_of_notice BETWEEN 0 AND 1000000000);
    ALTER TABLE wages ADD COLUMN directors_fee INTEGER NOT NULL DEFAULT 0 CHECK (directors_fee BETWEEN 0 AND 1000000000);
    -- Unpaid leave is pay not earned, taken off the basic pay: never more than it.
    ALTER TABLE wages ADD COLUMN unpaid_leave INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_leave BETWEEN 0 AND 1000000000 AND unpaid_leave <= basic);
    ALTER TABLE wages ADD COLUMN unpaid_leave_days INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_leave_days BETWEEN 0 AND 31);
    ALTER TABLE wages ADD COLUMN salary_advance INTEGER NOT NULL DEFAULT 0 CHECK (salary_advance BETWEEN 0 AND 1000000000);
    ALTER TABLE wages ADD COLUMN loan_repayment INTEGER NOT NULL DEFAULT 0 CHECK (loan_repayment BETWEEN 0 AND 1000000000);
    ALTER TABLE wages ADD COLUMN other_deduction INTEGER NOT NULL DEFAULT 0 CHECK (other_deduction BETWEEN 0 AND 1000000000);
    -- A deduction on a payslip always says what it is.
    ALTER TABLE wages ADD COLUMN other_deduction_note TEXT
      CHECK ((other_deduction_note IS NULL OR length(trim(other_deduction_note)) BETWEEN 1 AND 200) AND (other_deduction = 0 OR other_deduction_note IS NOT NULL));
    ALTER TABLE wages ADD COLUMN zakat INTEGER NOT NULL DEFAULT 0 CHECK (zakat BETWEEN 0 AND 1000000000);
    ALTER TABLE wages ADD COLUMN overtime_minutes_normal INTEGER NOT NULL DEFAULT 0 CHECK (overtime_minutes_normal BETWEEN 0 AND 44640);
    ALTER TABLE wages ADD COLUMN overtime_minutes_rest_day INTEGER NOT NULL DEFAULT 0 CHECK (overtime_minutes_rest_day BETWEEN 0 AND 44640);
    ALTER TABLE wages ADD COLUMN overtime_minutes_public_holiday INTEGER NOT NULL DEFAULT 0 CHECK (overtime_minutes_public_holiday BETWEEN 0 AND 44640);

    -- Form TP1 claims: the month's optional deductions (LP1) by the 2026 form's item codes.
    CREATE TABLE tp1_claims (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      employee_id INTEGER NOT NULL,
      month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
      item TEXT NOT NULL CHECK (item IN (${TP1_ITEM_CODES.map((code) => `'${code}'`).join(', ')})),
      amount INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 1000000000),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (employee_id, month, item),
      FOREIGN KEY (employee_id, company_id) REFERENCES employees (id, company_id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX tp1_claims_by_month ON tp1_claims (company_id, month);

    -- Form TP3: a new joiner's previous employment in the year they joined (PCB only).
    CREATE TABLE tp3_previous (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      employee_id INTEGER NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      previous_employer TEXT CHECK (previous_employer IS NULL OR length(trim(previous_employer)) BETWEEN 1 AND 150),
      remuneration INTEGER NOT NULL DEFAULT 0 CHECK (remuneration BETWEEN 0 AND 12000000000),
      epf INTEGER NOT NULL DEFAULT 0 CHECK (epf BETWEEN 0 AND 12000000000 AND epf <= remuneration),
      pcb INTEGER NOT NULL DEFAULT 0 CHECK (pcb BETWEEN 0 AND 12000000000 AND pcb <= remuneration),
      zakat INTEGER NOT NULL DEFAULT 0 CHECK (zakat BETWEEN 0 AND 12000000000),
      tp1_relief INTEGER NOT NULL DEFAULT 0 CHECK (tp1_relief BETWEEN 0 AND 12000000000),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (employee_id, year),
      FOREIGN KEY (employee_id, company_id) REFERENCES employees (id, company_id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX tp3_previous_by_year ON tp3_previous (company_id, year);

    -- CP38: LHDN's instruction to deduct a fixed extra amount in each month of a range.
    CREATE TABLE cp38_instructions (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
      employee_id INTEGER NOT NULL,
      reference TEXT NOT NULL CHECK (length(trim(reference)) BETWEEN 1 AND 40),
      from_month TEXT NOT NULL CHECK (from_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(from_month, 6, 2) BETWEEN '01' AND '12'),
      to_month TEXT NOT NULL CHECK (to_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(to_month, 6, 2) BETWEEN '01' AND '12' AND to_month >= from_month),
      amount INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 1000000000),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (employee_id, reference),
      FOREIGN KEY (employee_id, company_id) REFERENCES employees (id, company_id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX cp38_instructions_by_company ON cp38_instructions (company_id, from_month, to_month);

    -- The dividend rate (lower of Simpanan Konvensional and Simpanan Shariah) that sets EPF's
    -- late-payment charge, by year: KWSP's published rates (EPF.md §5), and later years as
    -- the user enters them.
    CREATE TABLE epf_dividend_rates (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 1952 AND 2100),
      rate_basis_points INTEGER NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 2000),
      source TEXT NOT NULL CHECK (source IN ('spec', 'user')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ) STRICT;
    INSERT INTO epf_dividend_rates (year, rate_basis_points, source) VALUES
      (2016, 570, 'spec'), (2017, 640, 'spec'), (2018, 590, 'spec'), (2019, 500, 'spec'),
      (2020, 490, 'spec'), (2021, 565, 'spec'), (2022, 475, 'spec');

    -- The change history learns the new records (and the pay run of migration 10): SQLite
    -- cannot change a CHECK in place, so the table is rebuilt with every row and index kept.
    CREATE TABLE change_log_v8 (
      id INTEGER PRIMARY KEY,
      company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      entity TEXT NOT NULL CHECK (entity IN ('company', 'employee', 'wages', 'tp1', 'tp3', 'cp38', 'pay_run')),
      entity_id INTEGER NOT NULL,
      employee_id INTEGER,
      month TEXT,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT,
      source TEXT NOT NULL CHECK (source IN ('app', 'import', 'cli', 'copy')),
      changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ) STRICT;
    INSERT INTO change_log_v8 (id, company_id, entity, entity_id, employee_id, month, field, old_value, new_value, source, changed_at)
      SELECT id, company_id, entity, entity_id, employee_id, month, field, old_value, new_value, source, changed_at FROM change_log;
    DROP TABLE change_log;
    ALTER TABLE change_log_v8 RENAME TO change_log;
    CREATE INDEX change_log_by_employee ON change_log (employee_id, changed_at);
    CREATE INDEX change_log_by_month ON change_log (company_id, month);
  `,
};
