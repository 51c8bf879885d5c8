import { runCli } from './run.js';

// The `wallet` executable: the only place the CLI touches the real process.
const code = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
