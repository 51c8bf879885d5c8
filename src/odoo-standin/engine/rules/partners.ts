import type { Behaviour } from '../behaviour.js';
import { uidOf } from '../behaviour.js';
import { createRecord } from '../crud.js';
import type { OdooEngine } from '../engine.js';
import type { Row } from '../types.js';
import { commercialPartner, idsWhere } from './helpers.js';

function completeName(engine: OdooEngine, row: Row): string {
  const name = typeof row.name === 'string' ? row.name : '';
  const parent =
    typeof row.parent_id === 'number' ? engine.row('res.partner', row.parent_id) : undefined;
  const parentName = parent && typeof parent.name === 'string' ? parent.name : '';
  return parentName && !row.is_company ? `${parentName}, ${name}` : name;
}

export const partner: Behaviour = {
  computes: {
    complete_name: completeName,
    commercial_partner_id: (engine, row) => commercialPartner(engine, row.id),
  },
  displayName: completeName,
};

export const users: Behaviour = {
  defaults: { company_id: 1, lang: 'en_US', share: false },
  prepareCreate(engine, vals, ctx) {
    if (vals.partner_id) return;
    vals.partner_id = createRecord(
      engine,
      'res.partner',
      { name: vals.name ?? vals.login, email: vals.email ?? false },
      ctx,
      uidOf(ctx),
    );
  },
  computes: {
    employee_id: (engine, row) =>
      idsWhere(engine, 'hr.employee', 'user_id', row.id).sort()[0] ?? false,
  },
  methods: {
    context_get: {
      params: [],
      modelLevel: true,
      run: ({ engine, uid }) => {
        const user = engine.row('res.users', uid);
        return { lang: user?.lang || 'en_US', tz: user?.tz || false, uid };
      },
    },
  },
};

export const employee: Behaviour = {
  defaults: {
    company_id: 1,
    work_email: (engine: OdooEngine, vals: Record<string, unknown>) => {
      const user =
        typeof vals.user_id === 'number' ? engine.row('res.users', vals.user_id) : undefined;
      return user?.email ?? false;
    },
  },
};
