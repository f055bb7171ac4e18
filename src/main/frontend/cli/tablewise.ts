import { main } from './main';

/**
 * The `tablewise` executable. The first Ctrl-C cancels the export cleanly (partial file kept,
 * resume hint printed, exit 130); a second one exits at once.
 */
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interrupt: interrupt.signal,
});
