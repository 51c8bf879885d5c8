import type { Subcommand } from './subcommand.js';

/** `/wallet digest`. TODO: post the weekly digest on demand; until then, say so. */
export const digestCommand: Subcommand = async ({ respond }) => {
  await respond({
    response_type: 'ephemeral',
    text:
      ':construction: `/wallet digest` is coming: it will post the weekly digest (needs a ' +
      'reload, low, healthy, hours this week) on demand. Until then, `/wallet low` lists the ' +
      'wallets that need attention.',
  });
};
