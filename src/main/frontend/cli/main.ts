import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, EXIT_CODES_HELP } from './exit-codes';
import { type ExportOptions, errorExit, exportCommand } from './export-command';
import { type CliIo, VERSION } from './io';
import { type TablesOptions, tablesCommand } from './tables-command';

const AUTH_HELP = `
Credentials: --token (a personal access token, sent as "Authorization: Bearer"), or --user and
--password (HTTP Basic). Prefer the environment to keep them out of the process list and shell
history: TABLEWISE_TOKEN, or TABLEWISE_USER and TABLEWISE_PASSWORD. TABLEWISE_URL can stand in
for --url. The user must be a Jira/Confluence system administrator.
`;

const EXPORT_HELP = `
Output: one table is written as jiraissue.csv (.jsonl, .xlsx); several tables as one ZIP with a
file per table and manifest.json (row counts, cursors, SHA-256 checksums). While running, the
data goes to <out>.partial and a checkpoint to <out>.partial.checkpoint.json; <out> appears only
when the export is complete. After a failure or Ctrl-C, run the same command with --resume.

Speed: gentle by default (2 pages of 1000 rows per second, about 8 minutes per million rows),
so the instance's users do not notice. --full-speed reads as fast as the server answers, with
10,000-row pages; use it off-hours or on a standby copy.

Examples:
  tablewise export --url https://jira.example.com --table jiraissue --out jiraissue.csv
  tablewise export --url https://jira.example.com -t jiraissue project --format xlsx -o issues.zip
  tablewise export --url https://jira.example.com -t jiraissue --columns ID,pkey,SUMMARY \\
      --filter '[{"column":"PROJECT","op":"EQ","value":"10000"}]' --format jsonl --out - | gzip > p.jsonl.gz
`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Expected a positive whole number.');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('Expected a positive number.');
  return n;
}

function connectionOptions(command: Command, io: CliIo): Command {
  const url = new Option('--url <url>', 'base URL of Jira or Confluence (with context path), e.g. https://jira.example.com');
  if (io.env.TABLEWISE_URL) url.default(io.env.TABLEWISE_URL, '$TABLEWISE_URL');
  else url.makeOptionMandatory();
  return command
    .addOption(url)
    .option('--user <name>', 'user name for HTTP Basic (or TABLEWISE_USER)')
    .option('--password <password>', 'password for HTTP Basic (or TABLEWISE_PASSWORD)')
    .option('--token <token>', 'personal access token, sent as Bearer (or TABLEWISE_TOKEN)')
    .option('--timeout <seconds>', 'give up on a request that takes longer (then retry)', positiveInt);
}

/** Runs the CLI; returns the exit code instead of exiting, so tests call it in-process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('tablewise')
    .description('Export database tables of a Jira or Confluence Data Center instance (Tablewise app)')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', AUTH_HELP + EXIT_CODES_HELP);

  connectionOptions(program.command('tables').description('list the tables you can export'), io)
    .option('--json', 'print JSON (the REST answer) instead of a table')
    .option('--match <text>', 'only tables whose name contains this')
    .addHelpText('after', AUTH_HELP + EXIT_CODES_HELP)
    .action(async (options: TablesOptions) => {
      code = await tablesCommand(options, io).catch((e: unknown) => errorExit(e, io));
    });

  connectionOptions(program.command('export').description('export one table to a file, or several into one ZIP'), io)
    .option('-t, --table <names...>', 'table(s) to export; several (or a comma list) make a ZIP')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl', 'xlsx']).default('csv'))
    .option('-o, --out <path>', 'output file; "-" for stdout (default: <table>.<format> or tablewise-export.zip)')
    .option('--columns <list>', 'comma-separated columns (one table only; default: all)')
    .option('--filter <json>', 'JSON array of filters, as the REST API takes them (one table only)')
    .option('--reveal', 'read redacted columns in clear (audited)')
    .option('--delimiter <char>', 'CSV delimiter: , ; | or "tab"', ',')
    .option('--bom', 'start CSV with a UTF-8 BOM, so Excel detects the encoding')
    .option('--no-header', 'CSV without the header row')
    .option('--no-formula-guard', "CSV: do not prefix ' to text starting with = + - @ tab CR (for machine readers)")
    .option('--no-distinguish-null', 'CSV: write empty strings unquoted, like NULL (default: empty string is "")')
    .option('--lf', 'CSV: end lines with LF instead of CRLF')
    .option('--page-size <rows>', 'rows per request, 1..10000 (default 1000; 10000 at full speed)', positiveInt)
    .option('--pages-per-second <n>', 'rate limit in pages per second (default 2)', positiveNumber)
    .option('--rows-per-second <n>', 'rate limit in rows per second instead', positiveNumber)
    .option('--full-speed', 'no rate limit')
    .option('--retries <n>', 'retries per request on network/server errors (default 7)', nonNegativeInt)
    .option('--resume', 'continue an interrupted export into --out')
    .option('--force', 'replace an existing output, or abandon an interrupted one')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', EXPORT_HELP + AUTH_HELP + EXIT_CODES_HELP)
    .action(async (options: ExportOptions) => {
      code = await exportCommand(options, argv, io).catch((e: unknown) => errorExit(e, io));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return errorExit(error, io);
  }
}
