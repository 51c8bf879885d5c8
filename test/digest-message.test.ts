import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { buildDigestMessage } from '../src/slack/digest/message.js';
import { validateBlocks } from '../src/slack-standin/index.js';
import type { DigestData } from '../src/wallet/digest-types.js';
import type { BalanceStatus, ProjectBalance } from '../src/wallet/types.js';

function project(id: number, remaining: number, status: BalanceStatus, name = `Project ${id}`) {
  return {
    projectId: id,
    projectName: name,
    customer: { id: 1000 + id, name: `Customer ${id}` },
    batch: status === 'no_batch' ? null : batchFor(id, remaining),
    ordered: 10,
    delivered: 10 - remaining,
    remaining,
    status,
    url: `http://odoo.test/odoo/project/${id}`,
  } satisfies ProjectBalance;
}

function batchFor(id: number, remaining: number) {
  return {
    lineId: id,
    orderId: id,
    orderName: `S${String(id).padStart(5, '0')}`,
    lineName: 'Support Hour',
    customer: { id: 1000 + id, name: `Customer ${id}` },
    ordered: 10,
    delivered: 10 - remaining,
    remaining,
    state: 'sale',
    prepaid: true,
    confirmedAt: null,
  };
}

function digest(projects: ProjectBalance[], clients = 0): DigestData {
  const by = (status: BalanceStatus) => projects.filter((p) => p.status === status);
  return {
    asOf: '2025-03-31T07:00:00.000Z',
    week: '2025-W14',
    timeZone: 'Europe/Amsterdam',
    lowHours: 4,
    odooUrl: 'http://odoo.test',
    needsReload: by('debt'),
    low: by('low'),
    healthy: { count: by('ok').length, projects: null },
    noBatch: by('no_batch'),
    delivered: {
      from: '2025-03-24',
      to: '2025-03-30',
      previousFrom: '2025-03-17',
      previousTo: '2025-03-23',
      total: 12.5,
      previousTotal: 10,
      change: 2.5,
      byClient: Array.from({ length: clients }, (_, i) => ({
        customerId: i,
        customer: `Client ${i}`,
        hours: 100 - i,
        previousHours: 50,
      })),
    },
  };
}

// Many projects in every group, with names as long as Odoo allows.
function manyProjects(count: number): ProjectBalance[] {
  const statuses: BalanceStatus[] = ['debt', 'low', 'ok', 'no_batch'];
  return Array.from({ length: count }, (_, i) => {
    const status = statuses[i % statuses.length] ?? 'ok';
    const remaining = status === 'debt' ? -i : status === 'low' ? 1 : 9;
    return project(i + 1, remaining, status, `${'Very long project name '.repeat(8)}${i}`);
  });
}

function texts(blocks: types.KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return [block.text?.text ?? ''];
    if (block.type === 'context') {
      return block.elements.map((element) => ('text' in element ? element.text : ''));
    }
    return [];
  });
}

describe('the digest message', () => {
  it('marks the message with the week it covers', () => {
    const message = buildDigestMessage(digest([project(1, -2, 'debt')]));

    expect(message.metadata).toEqual({
      event_type: 'wallet_digest',
      event_payload: { week: '2025-W14' },
    });
  });

  it('links each project to Odoo with its name escaped', () => {
    const hostile = project(1, -2, 'debt', '<!channel> & <http://evil|x>');

    const message = buildDigestMessage(digest([hostile]));

    const all = texts(message.blocks).join('\n');
    expect(all).toContain(
      '<http://odoo.test/odoo/project/1|&lt;!channel&gt; &amp; &lt;http://evil|x&gt;>',
    );
    expect(all).not.toContain('<!channel>');
  });

  it('lists the most urgent projects first and sums up the rest', () => {
    const message = buildDigestMessage(digest(manyProjects(500), 300));

    const all = texts(message.blocks).join('\n');
    expect(all).toMatch(/Needs reload\* \(125\)/);
    expect(all).toMatch(/and \d+ more/);
    expect(all.indexOf('project/497|')).toBeLessThan(all.indexOf('project/493|'));
  });

  it('is a valid message at one project', () => {
    const message = buildDigestMessage(digest([project(1, 2, 'low')], 1));

    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
  });

  it('stays within Slack limits at 500 projects', () => {
    const message = buildDigestMessage(digest(manyProjects(500), 300));

    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks).length).toBeLessThan(12_000);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  });
});
