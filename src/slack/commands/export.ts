import type { Subcommand } from './subcommand.js';

/** `/wallet export [client]`. TODO: build and upload the workbook; until then, say so. */
export const exportCommand: Subcommand = async ({ respond }) => {
  await respond({
    response_type: 'ephemeral',
    text:
      ':construction: `/wallet export` is coming: it will send the overview, tickets and work ' +
      'log as an Excel file. Until then, `/wallet balance` shows the overview.',
  });
};
