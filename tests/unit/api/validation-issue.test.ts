// The one mapping from zod issues to catalogue messages (router, services and the renderer's
// forms): catalogue keys named by the schema win; otherwise a generic message naming the field.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssuesByField, describeValidationIssue } from '../../../shared/api/validation-issue';
import { fieldMessages } from '../../../renderer/src/lib/validation';

const schema = z
  .object({
    name: z.string().min(1, 'companies.error.name.required').max(5),
    code: z.string(),
    employee: z.object({ age: z.number().int().min(18) }).strict(),
  })
  .strict();

function failure(input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
}

describe('describeValidationIssue', () => {
  it("uses the schema's own catalogue key, with the field and the limits as parameters", () => {
    expect(describeValidationIssue(failure({ name: '', code: 'A', employee: { age: 20 } }))).toEqual({
      key: 'companies.error.name.required',
      params: { field: 'name', min: 1 },
      field: 'name',
    });
  });

  it('falls back to required, wrong type, unknown field and invalid', () => {
    expect(describeValidationIssue(failure({ name: 'a', employee: { age: 20 } }))).toMatchObject({ key: 'error.validation.required', params: { field: 'code' } });
    expect(describeValidationIssue(failure({ name: 'a', code: 7, employee: { age: 20 } }))).toMatchObject({ key: 'error.validation.type', params: { field: 'code' } });
    expect(describeValidationIssue(failure({ name: 'a', code: 'A', employee: { age: 20, shoe: 1 } }))).toEqual({
      key: 'error.validation.unknownField',
      params: { field: 'employee.shoe' },
      field: 'employee',
    });
    expect(describeValidationIssue(failure({ name: 'abcdefg', code: 'A', employee: { age: 20 } }))).toEqual({
      key: 'error.validation.invalid',
      params: { field: 'name', max: 5 },
      field: 'name',
    });
  });

  it('names the whole input when the problem is not in a field', () => {
    expect(describeValidationIssue(failure('not an object'))).toEqual({ key: 'error.validation.type', params: { field: 'input' }, field: '' });
  });
});

describe('describeIssuesByField and the form messages built on it', () => {
  it('keeps the first problem of each field, by path', () => {
    const error = failure({ name: '', code: 1, employee: { age: 3 } });
    const byField = describeIssuesByField(error);
    expect(Object.keys(byField)).toEqual(['name', 'code', 'employee.age']);
    expect(byField['employee.age']).toEqual({ key: 'error.validation.invalid', params: { field: 'employee.age', min: 18 }, field: 'employee.age' });
    expect(fieldMessages(error)).toEqual({
      name: { key: 'companies.error.name.required', params: { field: 'name', min: 1 } },
      code: { key: 'error.validation.type', params: { field: 'code' } },
      'employee.age': { key: 'error.validation.invalid', params: { field: 'employee.age', min: 18 } },
    });
  });
});
