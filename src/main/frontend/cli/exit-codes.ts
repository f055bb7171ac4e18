import type { FailureKind } from '../export/source/errors';

/** The CLI's exit codes; scripts depend on them, so they only ever grow. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  network: 5,
  interrupted: 130,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0    completed: the output file is complete
  1    unexpected error, or the output could not be written
  2    usage: bad option or value, unknown column, bad filter, output exists, nothing to resume
  3    authentication or permission: bad credentials, or not a system administrator
  4    not found: unknown table, or --url is not a Jira/Confluence with Tablewise
  5    network or server failure after all retries (the partial output is kept: --resume)
  130  cancelled with Ctrl-C (the partial output is kept: --resume)
`;

export function exitCodeOf(kind: FailureKind): number {
  switch (kind) {
    case 'auth':
    case 'permission':
      return EXIT.auth;
    case 'not-found':
      return EXIT.notFound;
    case 'bad-request':
    case 'resume':
      return EXIT.usage;
    case 'server':
    case 'network':
    case 'protocol':
      return EXIT.network;
    case 'cancelled':
      return EXIT.interrupted;
    case 'sink':
      return EXIT.failure;
  }
}

/** A mistake in how the CLI was called; exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
