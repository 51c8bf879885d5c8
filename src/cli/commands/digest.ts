import { WebClient } from '@slack/web-api';
import type { Config, SlackSettings } from '../../config.js';
import { ConfigError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { findPostedDigest, resolveChannelId, whoAmI } from '../../slack/digest/history.js';
import { type DigestSource, publishDigest } from '../../slack/digest/publish.js';
import { digestWeekStart } from '../../wallet/digest-schedule.js';
import type { DigestData } from '../../wallet/digest-types.js';
import { displayHours } from '../../wallet/hours.js';
import type { WalletService } from '../../wallet/service.js';
import type { ProjectBalance } from '../../wallet/types.js';
import { flag } from '../args.js';
import type { CliCommand, CliIo } from '../command.js';
import { toJson } from '../format.js';
import { renderTable } from '../table.js';

function projectTable(projects: ProjectBalance[]): string {
  return renderTable(projects, [
    { header: 'Project', value: (p) => p.projectName },
    { header: 'Customer', value: (p) => p.customer?.name ?? '-' },
    {
      header: 'Remaining',
      value: (p) => (p.batch ? displayHours(p.remaining) : '-'),
      align: 'right',
    },
    { header: 'Ordered', value: (p) => (p.batch ? displayHours(p.ordered) : '-'), align: 'right' },
    { header: 'Batch', value: (p) => p.batch?.orderName ?? '-' },
  ]);
}

/** `2025-03-31 09:00` in the zone. */
function localTime(iso: string, timeZone: string): string {
  return new Date(iso)
    .toLocaleString('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' })
    .replace(',', '');
}

function signed(hours: number): string {
  return `${hours > 0 ? '+' : ''}${displayHours(hours)}`;
}

/** The digest as terminal text. */
export function digestText(data: DigestData): string {
  const sections: string[] = [
    `Support wallets ${data.week} (as of ${localTime(data.asOf, data.timeZone)} ` +
      `${data.timeZone}; ` +
      `low below ${displayHours(data.lowHours)} h)`,
    `${data.needsReload.length} need a reload, ${data.low.length} low, ` +
      `${data.healthy.count} healthy, ${data.noBatch.length} without a prepaid batch`,
  ];
  const groups: Array<[string, ProjectBalance[] | null]> = [
    ['Needs reload', data.needsReload],
    ['Low', data.low],
    ['No prepaid batch', data.noBatch],
    ['Healthy', data.healthy.projects],
  ];
  for (const [title, projects] of groups) {
    if (projects && projects.length > 0) {
      sections.push(`${title} (${projects.length})\n${projectTable(projects)}`);
    }
  }

  const { delivered } = data;
  const clients = renderTable(delivered.byClient, [
    { header: 'Client', value: (c) => c.customer ?? '-' },
    { header: 'Hours', value: (c) => displayHours(c.hours), align: 'right' },
    { header: 'Change', value: (c) => signed(c.hours - c.previousHours), align: 'right' },
  ]);
  sections.push(
    `Hours delivered ${delivered.from} to ${delivered.to}: ${displayHours(delivered.total)} h ` +
      `(${signed(delivered.change)} h against ${delivered.previousFrom} to ` +
      `${delivered.previousTo})` +
      (delivered.byClient.length > 0 ? `\n${clients}` : ''),
  );
  return sections.join('\n\n');
}

function slackFor(config: Config): { slack: SlackSettings; channel: string } {
  if (config.slack === null) {
    throw new ConfigError('SLACK_BOT_TOKEN must be set to post the digest');
  }
  if (config.digest.channel === null) {
    throw new ConfigError('DIGEST_CHANNEL must be set to post the digest (a channel id, C…)');
  }
  return { slack: config.slack, channel: config.digest.channel };
}

/** The service's digest and export, which a service may lack (they are optional). */
function reportsOf(service: WalletService) {
  const digest = service.digest?.bind(service);
  const exportWorkbook = service.exportWorkbook?.bind(service);
  if (!digest || !exportWorkbook) {
    throw new ConfigError('This wallet service cannot build the digest and its workbook.');
  }
  return { digest, exportWorkbook };
}

async function post(
  data: DigestData,
  source: DigestSource,
  context: { config: Config; logger: Logger; io: CliIo; json: boolean; force: boolean },
): Promise<number> {
  const { slack, channel } = slackFor(context.config);
  const client = new WebClient(slack.botToken, slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {});
  const channelId = await resolveChannelId(client, channel);
  if (channelId === null) throw new ConfigError(`DIGEST_CHANNEL "${channel}" was not found`);

  const since = digestWeekStart(new Date(data.asOf), data.timeZone);
  const existing = context.force
    ? null
    : await findPostedDigest(client, channelId, data.week, since, await whoAmI(client));
  if (existing) {
    context.io.stderr(
      `The ${data.week} digest is already in ${channel} (ts ${existing}); --force posts again.`,
    );
    return 1;
  }

  const posted = await publishDigest(client, channelId, data, source, context.logger);
  if (context.json) context.io.stdout(toJson({ week: data.week, ...posted }));
  else context.io.stdout(`Posted the ${data.week} digest to ${channel} (ts ${posted.ts}).`);
  return posted.attached ? 0 : 1;
}

/** `wallet digest`: the weekly digest, printed, or posted to DIGEST_CHANNEL with `--post`. */
export const digestCommand: CliCommand = {
  name: 'digest',
  summary: 'the weekly digest: print it, or post it to DIGEST_CHANNEL with --post',
  usage: '[--post [--force]] [--healthy] [--json]',
  options: {
    post: { type: 'boolean' },
    force: { type: 'boolean' },
    healthy: { type: 'boolean' },
  },
  async run(values, { io, json, config, logger, clock, wallet }) {
    const { digest, exportWorkbook } = reportsOf(await wallet());
    const timeZone = config.digest.timeZone;
    const data = await digest({ asOf: clock(), timeZone, includeHealthy: flag(values, 'healthy') });
    const source: DigestSource = {
      digest: (asOf) => digest({ asOf, timeZone }),
      writeWorkbook: (out) => exportWorkbook(out),
    };

    if (flag(values, 'post')) {
      return post(data, source, { config, logger, io, json, force: flag(values, 'force') });
    }
    io.stdout(json ? toJson(data) : digestText(data));
    return 0;
  },
};
