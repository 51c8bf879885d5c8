import { beforeEach, describe, expect, it } from 'vitest';
import { seedBaseData } from '../src/odoo-standin/demo/base-data.js';
import { OdooEngine, OdooFault } from '../src/odoo-standin/index.js';

let engine: OdooEngine;

function call(model: string, method: string, params: Record<string, unknown> = {}, ids?: number[]) {
  return engine.call({ uid: 2, model, method, params, ...(ids ? { ids } : {}) });
}

function fault(run: () => unknown): OdooFault {
  try {
    run();
  } catch (error) {
    if (error instanceof OdooFault) return error;
    throw error;
  }
  throw new Error('expected a fault');
}

function names(domain: unknown[], order = 'id'): string[] {
  const rows = call('res.partner', 'search_read', { domain, fields: ['name'], order }) as Array<{
    name: string;
  }>;
  return rows.map((row) => row.name);
}

beforeEach(() => {
  engine = new OdooEngine({ now: () => new Date('2026-12-04T15:30:00Z') });
  seedBaseData(engine, { adminKey: 'key' });
  for (const [name, email] of [
    ['Alpha Ltd', 'info@alpha.example'],
    ['beta GmbH', false],
    ['Gamma & Sons', 'hello@gamma.example'],
  ]) {
    call('res.partner', 'create', { vals_list: { name, email, is_company: true } });
  }
});

describe('domains', () => {
  it.each([
    [[['name', '=', 'Alpha Ltd']], ['Alpha Ltd']],
    [
      [['name', 'ilike', 'a']],
      ['My Company', 'Administrator', 'Alpha Ltd', 'beta GmbH', 'Gamma & Sons'],
    ],
    [[['name', 'like', 'G']], ['beta GmbH', 'Gamma & Sons']],
    [[['name', '=like', 'G%']], ['Gamma & Sons']],
    [[['name', '=ilike', 'g%']], ['Gamma & Sons']],
    [[['name', 'not ilike', 'a']], []],
    [
      [
        ['email', '=', false],
        ['is_company', '=', true],
      ],
      ['My Company', 'beta GmbH'],
    ],
    [
      [
        ['email', '!=', false],
        ['is_company', '=', true],
      ],
      ['Alpha Ltd', 'Gamma & Sons'],
    ],
    [[['name', 'in', ['Alpha Ltd', 'nobody']]], ['Alpha Ltd']],
    [
      ['|', ['name', '=', 'Alpha Ltd'], ['name', '=', 'beta GmbH']],
      ['Alpha Ltd', 'beta GmbH'],
    ],
    [['!', ['is_company', '=', true]], ['Administrator']],
    [
      [
        ['id', '>', 6],
        ['id', '<=', 7],
      ],
      ['beta GmbH'],
    ],
    [
      [['email', '=?', false]],
      ['My Company', 'Administrator', 'Alpha Ltd', 'beta GmbH', 'Gamma & Sons'],
    ],
    [[['email', '=?', 'info@alpha.example']], ['Alpha Ltd']],
  ])('filters %j', (domain, expected) => {
    expect(names(domain)).toEqual(expected);
  });

  it('hides archived records unless the domain speaks of active', () => {
    expect(names([['name', '=', 'OdooBot']])).toEqual([]);
    expect(
      names([
        ['name', '=', 'OdooBot'],
        ['active', 'in', [true, false]],
      ]),
    ).toEqual(['OdooBot']);
  });

  it('follows a many2one path one level deep', () => {
    const partner = engine.searchIds('res.partner', [['name', '=', 'Alpha Ltd']])[0];
    call('project.project', 'create', { vals_list: { name: 'P1', partner_id: partner } });
    call('project.project', 'create', { vals_list: { name: 'P2' } });

    const rows = call('project.project', 'search_read', {
      domain: [['partner_id.name', 'ilike', 'alpha']],
      fields: ['name'],
    });

    expect(rows).toEqual([{ id: 1, name: 'P1' }]);
  });

  it('refuses an unknown operator, an unknown field and a malformed domain with ValueError', () => {
    const badOperator = fault(() => names([['name', '~~', 'x']]));
    const badField = fault(() => names([['nope', '=', 1]]));
    const malformed = fault(() => names(['not-a-tuple']));

    expect(badOperator.exception).toBe('builtins.ValueError');
    expect(badOperator.message).toBe("Invalid operator in condition ('name', '~~', 'x')");
    expect(badField.message).toBe("Invalid field res.partner.nope in condition ('nope', '=', 1)");
    expect(malformed.message).toBe("Domain() invalid item in domain: 'not-a-tuple'");
  });
});

describe('search and read', () => {
  it('orders by several keys, then pages with offset and limit', () => {
    const ordered = names([['is_company', '=', true]], 'email desc, name asc');
    const page = call('res.partner', 'search', {
      domain: [['is_company', '=', true]],
      order: 'name',
      offset: 1,
      limit: 2,
    });

    expect(ordered).toEqual(['beta GmbH', 'My Company', 'Alpha Ltd', 'Gamma & Sons']);
    expect(page).toEqual([7, 8]);
  });

  it('reads only the ids that exist and refuses an unknown field', () => {
    const rows = call('res.partner', 'read', { fields: ['name'] }, [6, 999]);
    const unknown = fault(() => call('res.partner', 'read', { fields: ['nope'] }, [6]));

    expect(rows).toEqual([{ id: 6, name: 'Alpha Ltd' }]);
    expect(unknown.message).toBe("Invalid field 'nope' on 'res.partner'");
  });

  it('answers a single create with an id and a list create with a list', () => {
    const one = call('project.tags', 'create', { vals_list: { name: 'One' } });
    const many = call('project.tags', 'create', {
      vals_list: [{ name: 'Two' }, { name: 'Three' }],
    });

    expect(one).toBe(1);
    expect(many).toEqual([2, 3]);
  });

  it('fails a write or unlink on a missing record with MissingError', () => {
    const write = fault(() => call('project.tags', 'write', { vals: { name: 'x' } }, [42]));
    const unlink = fault(() => call('project.tags', 'unlink', {}, [42]));

    expect(write.exception).toBe('odoo.exceptions.MissingError');
    expect(unlink.message).toBe(
      'Record does not exist or has been deleted.\n(Record: project.tags(42,), User: 2)',
    );
  });

  it('takes datetimes as YYYY-MM-DD HH:MM:SS and refuses ISO forms', () => {
    const task = call('project.task', 'create', { vals_list: { name: 'T' } }) as number;
    const write = (value: string) =>
      call('project.task', 'write', { vals: { date_deadline: value } }, [task]);

    write('2026-12-31');
    const midnight = engine.row('project.task', task)?.date_deadline;
    const iso = fault(() => write('2026-12-31T17:00:00.000Z'));
    const offset = fault(() => write('2026-12-31 17:00:00+02:00'));

    expect(midnight).toBe('2026-12-31 00:00:00');
    expect(iso.message).toBe(
      "time data '2026-12-31T17:00:00.000Z' does not match format '%Y-%m-%d %H:%M:%S'",
    );
    expect(offset.message).toBe('unconverted data remains: +02:00');
  });

  it('refuses a selection value the field does not list', () => {
    const task = call('project.task', 'create', { vals_list: { name: 'T' } }) as number;

    const wrong = fault(() => call('project.task', 'write', { vals: { state: 'bogus' } }, [task]));

    expect(wrong.message).toBe("Wrong value for project.task.state: 'bogus'");
  });

  it('derives is_closed from the task state', () => {
    const open = call('project.task', 'create', { vals_list: { name: 'Open' } }) as number;
    const done = call('project.task', 'create', {
      vals_list: { name: 'Done', state: '1_done' },
    }) as number;

    const closed = call('project.task', 'search', { domain: [['is_closed', '=', true]] });

    expect(closed).toEqual([done]);
    expect(open).not.toBe(done);
  });

  it('finds records by name with name_search', () => {
    const found = call('res.partner', 'name_search', { name: 'gm', limit: 5 });

    expect(found).toEqual([[7, 'beta GmbH']]);
  });

  it('refuses names the method does not take, and a missing required one', () => {
    const unexpected = fault(() => call('res.partner', 'search', { domain: [], fields: ['x'] }));
    const missing = fault(() => call('res.partner', 'search', {}));

    expect(unexpected.kind).toBe('unexpected_argument');
    expect(unexpected.message).toBe("got an unexpected keyword argument 'fields'");
    expect(missing.kind).toBe('missing_argument');
    expect(missing.message).toBe("missing a required argument: 'domain'");
  });

  it('names an unknown model with kind unknown_model', () => {
    const unknown = fault(() => call('no.such.model', 'search', { domain: [] }));

    expect(unknown.kind).toBe('unknown_model');
    expect(unknown.message).toBe("Object no.such.model doesn't exist");
  });
});

describe('grouping', () => {
  function timesheet(date: string, hours: number) {
    call('account.analytic.line', 'create', {
      vals_list: { name: 'w', date, unit_amount: hours, project_id: 1 },
    });
  }

  beforeEach(() => {
    call('project.project', 'create', { vals_list: { name: 'P' } });
    timesheet('2026-11-03', 2);
    timesheet('2026-11-30', 1.5);
    timesheet('2026-12-01', 0.25);
  });

  it('groups dates by month with the range in __extra_domain', () => {
    const rows = call('account.analytic.line', 'formatted_read_group', {
      domain: [],
      groupby: ['date:month'],
      aggregates: ['unit_amount:sum', '__count'],
    });

    expect(rows).toEqual([
      {
        'date:month': ['2026-11-01', 'November 2026'],
        __extra_domain: ['&', ['date', '>=', '2026-11-01'], ['date', '<', '2026-12-01']],
        'unit_amount:sum': 3.5,
        __count: 2,
      },
      {
        'date:month': ['2026-12-01', 'December 2026'],
        __extra_domain: ['&', ['date', '>=', '2026-12-01'], ['date', '<', '2027-01-01']],
        'unit_amount:sum': 0.25,
        __count: 1,
      },
    ]);
  });

  it('cuts datetime days at midnight of the context time zone', () => {
    const utc = call('project.project', 'formatted_read_group', {
      domain: [],
      groupby: ['create_date:day'],
      aggregates: ['__count'],
    });
    const tokyo = engine.call({
      uid: 2,
      model: 'project.project',
      method: 'formatted_read_group',
      params: { domain: [], groupby: ['create_date:day'], aggregates: ['__count'] },
      context: { tz: 'Asia/Tokyo' },
    });

    expect(utc).toMatchObject([{ 'create_date:day': ['2026-12-04 00:00:00', '04 Dec 2026'] }]);
    expect(tokyo).toMatchObject([{ 'create_date:day': ['2026-12-04 15:00:00', '05 Dec 2026'] }]);
  });
});

describe('chatter and users', () => {
  it('posts a note on a project and keeps it readable as a mail.message', () => {
    const project = call('project.project', 'create', { vals_list: { name: 'P' } }) as number;

    const message = call('project.project', 'message_post', { body: 'Reload <done> & checked' }, [
      project,
    ]);
    const [row] = call(
      'mail.message',
      'read',
      { fields: ['model', 'res_id', 'body', 'author_id'] },
      [Number(message)],
    ) as Array<Record<string, unknown>>;

    expect(row).toEqual({
      id: message,
      model: 'project.project',
      res_id: project,
      body: 'Reload &lt;done&gt; &amp; checked',
      author_id: [3, 'Administrator'],
    });
  });

  it('gives the user context of the caller', () => {
    expect(call('res.users', 'context_get')).toEqual({ lang: 'en_US', tz: false, uid: 2 });
  });

  it('authenticates by login and key, and maps a key to its user', () => {
    expect(engine.authenticate('wallet', 'admin', 'key')).toBe(2);
    expect(engine.authenticate('wallet', 'admin', 'nope')).toBe(false);
    expect(engine.uidForKey('key')).toBe(2);
  });
});

describe('web reads', () => {
  it('nests relations as the specification asks and counts before the limit', () => {
    const project = call('project.project', 'create', { vals_list: { name: 'Web' } }) as number;
    call('project.task', 'create', {
      vals_list: [
        { name: 'A', project_id: project, user_ids: [[6, 0, [2]]] },
        { name: 'B', project_id: project },
      ],
    });

    const answer = call('project.task', 'web_search_read', {
      domain: [['project_id', '=', project]],
      specification: {
        name: {},
        project_id: { fields: { display_name: {} } },
        user_ids: { fields: { name: {} } },
      },
      limit: 1,
      order: 'id',
    });

    expect(answer).toEqual({
      length: 2,
      records: [
        {
          id: 1,
          name: 'A',
          project_id: { id: project, display_name: 'Web' },
          user_ids: [{ id: 2, name: 'Administrator' }],
        },
      ],
    });
  });
});

describe('grouping order', () => {
  it('orders groups by an aggregate when asked', () => {
    call('project.project', 'create', { vals_list: [{ name: 'Small' }, { name: 'Big' }] });
    call('account.analytic.line', 'create', {
      vals_list: [
        { name: 'a', project_id: 1, unit_amount: 1 },
        { name: 'b', project_id: 2, unit_amount: 5 },
      ],
    });

    const rows = call('account.analytic.line', 'formatted_read_group', {
      domain: [],
      groupby: ['project_id'],
      aggregates: ['unit_amount:sum'],
      order: 'unit_amount:sum desc',
    }) as Array<Record<string, unknown>>;

    expect(rows.map((row) => row.project_id)).toEqual([
      [2, 'Big'],
      [1, 'Small'],
    ]);
  });
});

describe('negative conditions on a path', () => {
  it('match records whose relation is empty, as "no related record matches"', () => {
    const partner = engine.searchIds('res.partner', [['name', '=', 'Alpha Ltd']])[0];
    call('project.project', 'create', {
      vals_list: [{ name: 'Alpha P', partner_id: partner }, { name: 'No partner' }],
    });

    const rows = call('project.project', 'search_read', {
      domain: [['partner_id.name', '!=', 'Alpha Ltd']],
      fields: ['name'],
    });

    expect(rows).toEqual([{ id: 2, name: 'No partner' }]);
  });
});
