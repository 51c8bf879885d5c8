import { runDemoOdoo } from './cli.js';

// A direct entry for trying the stand-in by hand: `npx tsx src/odoo-standin/main.ts --port 8069`.
runDemoOdoo(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
