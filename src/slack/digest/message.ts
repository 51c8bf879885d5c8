import type { types } from '@slack/bolt';
import type { DigestData } from '../../wallet/digest-types.js';
import type { ProjectBalance } from '../../wallet/types.js';
import { escapeMrkdwn, truncate } from '../text.js';
import { hours, projectLine, shortDate, signedHours } from './format.js';

export const digestEventType = 'wallet_digest';

/** A digest ready for chat.postMessage / chat.postEphemeral. */
export interface DigestMessage {
  /** Notification and screen-reader text. */
  text: string;
  blocks: types.KnownBlock[];
  /** The marker that tells this week's digest apart in the channel. */
  metadata: types.MessageMetadata & { event_payload: { week: string } };
}

interface Caps {
  needsReload: number;
  low: number;
  noBatch: number;
  healthy: number;
  clients: number;
}

const initialCaps: Caps = { needsReload: 15, low: 12, noBatch: 8, healthy: 10, clients: 10 };

// Slack rejects a message whose blocks hold much more than about 13,000 characters of text
// (`msg_blocks_too_long`), well before the 50-block limit; stay under it with a margin.
const textBudget = 11_000;
const sectionLimit = 3000;

function section(text: string): types.KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Sections holding `lines` under a title, each under Slack's 3000 characters. */
function listSections(title: string, lines: string[]): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  let text = title;
  for (const line of lines) {
    if (text.length + 1 + line.length > sectionLimit) {
      blocks.push(section(text));
      text = line;
    } else {
      text = `${text}\n${line}`;
    }
  }
  blocks.push(section(text));
  return blocks;
}

const byRemaining = (a: ProjectBalance, b: ProjectBalance) => a.remaining - b.remaining;

function projectList(title: string, projects: ProjectBalance[], cap: number): types.KnownBlock[] {
  if (projects.length === 0) return [];
  const lines = projects.slice(0, cap).map(projectLine);
  const rest = projects.length - lines.length;
  if (rest > 0) lines.push(`_and ${rest} more_`);
  return listSections(`${title} (${projects.length})`, lines);
}

function deliveredBlocks(data: DigestData, cap: number): types.KnownBlock[] {
  const { delivered } = data;
  const period = `${shortDate(delivered.from)} – ${shortDate(delivered.to)}`;
  const before = `${shortDate(delivered.previousFrom)} – ${shortDate(delivered.previousTo)}`;
  const summary =
    `:stopwatch: *Hours delivered ${period}:* ${hours(delivered.total)} ` +
    `(${signedHours(delivered.change)} against ${before})`;
  if (delivered.byClient.length === 0) return [section(summary)];

  const largestFirst = delivered.byClient.toSorted((a, b) => b.hours - a.hours);
  const lines = largestFirst.slice(0, cap).map((client) => {
    const name = client.customer ? escapeMrkdwn(truncate(client.customer, 50)) : '_no customer_';
    const change = signedHours(client.hours - client.previousHours);
    return `• ${name}: ${hours(client.hours)} (${change})`;
  });
  const rest = delivered.byClient.length - lines.length;
  if (rest > 0) lines.push(`_and ${rest} more_`);
  return listSections(summary, lines);
}

function summaryLine(data: DigestData): string {
  return [
    `*${data.needsReload.length}* need a reload`,
    `*${data.low.length}* low`,
    `*${data.healthy.count}* healthy`,
    `*${data.noBatch.length}* without a prepaid batch`,
  ].join(' · ');
}

function asOfText(data: DigestData): string {
  const when = new Date(data.asOf).toLocaleString('en-GB', {
    timeZone: data.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `As of ${when} (${data.timeZone}) · low means below ${hours(data.lowHours)}`;
}

function buildBlocks(data: DigestData, caps: Caps): types.KnownBlock[] {
  const healthyList = data.healthy.projects
    ? projectList(':large_green_circle: *Healthy*', data.healthy.projects, caps.healthy)
    : [];
  return [
    { type: 'header', text: { type: 'plain_text', text: `Support wallets · ${data.week}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: asOfText(data) }] },
    section(summaryLine(data)),
    { type: 'divider' },
    ...projectList(
      ':red_circle: *Needs reload*',
      data.needsReload.toSorted(byRemaining),
      caps.needsReload,
    ),
    ...projectList(':large_yellow_circle: *Low*', data.low.toSorted(byRemaining), caps.low),
    ...projectList(':white_circle: *No prepaid batch*', data.noBatch, caps.noBatch),
    ...healthyList,
    { type: 'divider' },
    ...deliveredBlocks(data, caps.clients),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Every project is in the Excel file in the thread.' }],
    },
  ];
}

function textLength(blocks: types.KnownBlock[]): number {
  return JSON.stringify(blocks).length;
}

/**
 * The weekly digest as Block Kit, within Slack's limits for any number of projects: the most
 * urgent projects are listed first and the rest summed up as "and N more".
 */
export function buildDigestMessage(data: DigestData): DigestMessage {
  let caps = initialCaps;
  let blocks = buildBlocks(data, caps);

  // Long names can still push a full list over the budget; list fewer until it fits.
  while (textLength(blocks) > textBudget && caps.needsReload > 1) {
    const halve = (n: number) => Math.max(1, Math.floor(n / 2));
    caps = {
      needsReload: halve(caps.needsReload),
      low: halve(caps.low),
      noBatch: halve(caps.noBatch),
      healthy: halve(caps.healthy),
      clients: halve(caps.clients),
    };
    blocks = buildBlocks(data, caps);
  }

  const text =
    `Support wallets ${data.week}: ${data.needsReload.length} need a reload, ` +
    `${data.low.length} low, ${data.healthy.count} healthy`;
  return {
    text,
    blocks,
    metadata: { event_type: digestEventType, event_payload: { week: data.week } },
  };
}
