import { unknownUserText } from './blocks/confirmations.js';
import type { OdooMatch, SlackUser } from './users.js';

/** Whether a Slack user may see client balances and act on them, and if not, why. */
export type Access =
  | { allowed: true; match: OdooMatch }
  | { allowed: false; why: 'external' | 'guest' | 'no_odoo_user'; reason: string };

const externalText =
  'Sorry, Support Wallet only serves members of this workspace, and you are joining from ' +
  'another organisation (Slack Connect). It shows every client’s balances, so they stay ' +
  'inside the team. Ask the support team of this workspace for the figures you need.';

const guestText =
  'Sorry, guests of this workspace cannot use Support Wallet: it shows every client’s ' +
  'balances. Ask a member of the support team for the figures you need, or a Slack admin ' +
  'to make you a full member if you work on support.';

/** Refusal sentence shown in place of balances to anyone who is not on the support team. */
export function notTeamText(email: string | null): string {
  return (
    `Sorry, Support Wallet is for the support team, and it shows every client’s balances. ` +
    `${unknownUserText(email)}`
  );
}

/**
 * Decides from what Slack and Odoo say: people from another workspace (Slack Connect),
 * guests, and people without an Odoo user are refused. `payloadTeamId` is the user's team
 * as the request carried it; `appTeamId` the workspace the app is installed in.
 */
export function decideAccess(input: {
  slack: SlackUser;
  match: () => Promise<OdooMatch>;
  appTeamId: string | null;
  payloadTeamId?: string | null;
}): Promise<Access> | Access {
  const { slack, appTeamId, payloadTeamId } = input;
  const otherTeam = (team: string | null | undefined) =>
    Boolean(team && appTeamId && team !== appTeamId);

  if (slack.stranger || otherTeam(slack.teamId) || otherTeam(payloadTeamId)) {
    return { allowed: false, why: 'external', reason: externalText };
  }
  if (slack.guest) return { allowed: false, why: 'guest', reason: guestText };

  return input.match().then((match): Access => {
    if (!match.odoo) {
      return { allowed: false, why: 'no_odoo_user', reason: notTeamText(match.slack.email) };
    }
    return { allowed: true, match };
  });
}
