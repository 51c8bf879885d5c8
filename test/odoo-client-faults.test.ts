import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AccessError,
  AuthError,
  NotFoundError,
  ServerError,
  ValidationError,
} from '../src/errors.js';
import {
  errorFromFault,
  errorFromOdooException,
  exceptionFromTraceback,
  MissingMethodError,
  MissingModelError,
} from '../src/odoo/faults.js';
import { readReference } from './support/odoo-fixtures.js';

const transcriptSchema = z.array(
  z.looseObject({
    args: z.array(z.unknown()).optional(),
    fault: z.object({ faultCode: z.number(), faultString: z.string() }).optional(),
  }),
);

/** The error the mapper makes of the first fault recorded in a transcript. */
function mappedFault(file: string) {
  const steps = transcriptSchema.parse(readReference(`transcripts/${file}.json`));
  const step = steps.find((entry) => entry.fault);
  if (!step?.fault) throw new Error(`no fault in ${file}`);
  const site = { model: String(step.args?.[3]), method: String(step.args?.[4]) };
  return errorFromFault(step.fault, site);
}

const json2Schema = z.object({
  response: z.object({
    body: z.object({ name: z.string(), message: z.string(), debug: z.string() }),
  }),
});

/** The error the mapper makes of a JSON-2 error answer. */
function mappedJson2(file: string) {
  const { body } = json2Schema.parse(readReference(`json2/${file}.json`)).response;
  return errorFromOdooException(
    { exception: body.name, message: body.message, detail: body.debug },
    { model: 'some.model', method: 'some_method' },
  );
}

describe('the fault mapper on recorded XML-RPC faults', () => {
  it('maps Access Denied to an AuthError that names no key', () => {
    const error = mappedFault('21_errors_execute_kw_wrong_password');

    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe(
      'Odoo refused the credentials on res.partner.search (Access Denied): ' +
        'check ODOO_LOGIN, ODOO_API_KEY and ODOO_DB',
    );
  });

  it('maps an unknown model to a ServerError saying which model is not installed', () => {
    const error = mappedFault('22_errors_nonexistent_model');

    expect(error).toBeInstanceOf(MissingModelError);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/no model no\.such\.model .* not installed/);
  });

  it('keeps the whole user-facing message of a missing required value', () => {
    const error = mappedFault('23_errors_create_missing_required_project_task');

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      'Odoo refused project.task.create: The operation cannot be completed: ' +
        "Missing required value for the field 'Title' (name).\n" +
        "Model: 'Task' (project.task)\n" +
        '- create/update: a mandatory field is not set\n' +
        '- delete: another model requires the record being deleted, you can archive it instead',
    );
  });

  it('maps a write on a deleted record to a NotFoundError', () => {
    const error = mappedFault('24_errors_write_nonexistent_id');

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/^Odoo could not find the record for res\.partner\.write: /);
  });

  it('keeps only the last line of a traceback and the whole of it as detail', () => {
    const error = mappedFault('25_errors_search_read_bad_domain_unknown_field');

    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe(
      'Odoo failed on account.analytic.line.search_read: ValueError: Invalid field ' +
        "account.analytic.line.no_such_field in condition ('no_such_field', '=', 1)",
    );
    expect(error.detail).toMatch(/^Traceback \(most recent call last\)/);
  });

  it('maps a private method to an AccessError and an unknown one to MissingMethodError', () => {
    const privateMethod = mappedFault('26_errors_private_method');
    const unknownMethod = mappedFault('26_errors_unknown_method');

    expect(privateMethod).toBeInstanceOf(AccessError);
    expect(unknownMethod).toBeInstanceOf(MissingMethodError);
    expect(unknownMethod).toHaveProperty('method', 'no_such_method');
  });

  it("reads the missing method from Odoo 17's wording too", () => {
    const traceback =
      'Traceback (most recent call last):\n  File "odoo/api.py", line 461, in call_kw\n' +
      "AttributeError: The method 'formatted_read_group' does not exist on the model " +
      "'account.analytic.line'\n";

    const error = errorFromFault({ faultCode: 1, faultString: traceback }, { method: 'x' });

    expect(error).toHaveProperty('method', 'formatted_read_group');
  });
});

describe('the fault mapper on Odoo exception names (the JSON-2 shape)', () => {
  it('maps each recorded JSON-2 error to the same classes as XML-RPC', () => {
    expect(mappedJson2('44_error_action_confirm_twice')).toBeInstanceOf(ValidationError);
    expect(mappedJson2('51_error_bad_api_key')).toBeInstanceOf(AuthError);
    expect(mappedJson2('53_error_unknown_model')).toBeInstanceOf(MissingModelError);
    expect(mappedJson2('54_error_unknown_method')).toBeInstanceOf(MissingMethodError);
    expect(mappedJson2('55_error_private_method')).toBeInstanceOf(AccessError);
    expect(mappedJson2('56_error_create_missing_required')).toBeInstanceOf(ValidationError);
    expect(mappedJson2('58_error_write_missing_id')).toBeInstanceOf(NotFoundError);
    expect(mappedJson2('59_error_bad_domain_operator')).toBeInstanceOf(ServerError);
  });

  it('keeps Odoo message for a user error and the traceback as detail', () => {
    const error = mappedJson2('44_error_action_confirm_twice');

    expect(error.message).toBe(
      'Odoo refused some.model.some_method: Some orders are not in a state requiring confirmation.',
    );
    expect(error.detail).toMatch(/^Traceback/);
  });

  it('reads a traceback whose exception message runs over several lines', () => {
    const traceback =
      'Traceback (most recent call last):\n  File "x.py", line 1, in f\n' +
      'psycopg2.errors.UniqueViolation: duplicate key\nDETAIL:  Key (name)=(x) exists.\n';

    const exception = exceptionFromTraceback(traceback);

    expect(exception.exception).toBe('psycopg2.errors.UniqueViolation');
    expect(exception.message).toBe('duplicate key\nDETAIL:  Key (name)=(x) exists.');
  });
});
