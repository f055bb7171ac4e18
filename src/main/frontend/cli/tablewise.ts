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
// `tablewise export ... --out - | head`: the reader left, so the export is cancelled like Ctrl-C
// (and its audit entry closed) instead of dying on an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  interrupt.abort();
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interrupt: interrupt.signal,
});
