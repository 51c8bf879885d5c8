import { startOdooStandin } from '../../odoo-standin/index.js';
import { optionalText } from '../args.js';
import { type CliCommand, UsageError } from '../command.js';

/** `wallet demo-odoo`: serves the demo Odoo over HTTP until stopped. */
export const demoOdooCommand: CliCommand = {
  name: 'demo-odoo',
  summary: 'serve the built-in demo Odoo on 127.0.0.1 until stopped (Ctrl-C)',
  usage: '[--port 8069] [--empty]',
  options: { port: { type: 'string' }, empty: { type: 'boolean' } },
  async run(values, { io, clock, untilStopped }) {
    const portText = optionalText(values, 'port') ?? '8069';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) {
      throw new UsageError(`--port must be a TCP port such as 8069, not "${portText}"`);
    }

    // TODO: call runDemoOdoo from src/odoo-standin/cli.ts once the stand-in offers it.
    const demo = await startOdooStandin({
      port,
      data: values.empty === true ? 'empty' : 'demo',
      now: clock,
    });
    io.stdout(
      [
        `Demo Odoo ${demo.version} on ${demo.url} (database ${demo.db}).`,
        'Point the app or the CLI at it with:',
        `  ODOO_URL=${demo.url} ODOO_DB=${demo.db} ODOO_LOGIN=${demo.login} ` +
          `ODOO_API_KEY=${demo.apiKey}`,
        'Ctrl-C stops it.',
      ].join('\n'),
    );
    await untilStopped();
    await demo.close();
    return 0;
  },
};
