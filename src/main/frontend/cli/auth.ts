import { UsageError } from './exit-codes';

export interface AuthOptions {
  user?: string;
  password?: string;
  token?: string;
}

/**
 * Credentials, flags before environment: a personal access token goes as `Bearer`, a user and
 * password as HTTP Basic. Mixing the two is refused rather than guessed.
 */
export function authHeaders(options: AuthOptions, env: Record<string, string | undefined>): Record<string, string> {
  const flagToken = options.token;
  const flagUser = options.user !== undefined || options.password !== undefined;
  if (flagToken !== undefined && flagUser) throw new UsageError('Use either --token or --user/--password, not both');
  if (flagToken !== undefined) return bearer(flagToken);
  if (flagUser) return basic(options.user ?? env.TABLEWISE_USER, options.password ?? env.TABLEWISE_PASSWORD);
  if (env.TABLEWISE_TOKEN) return bearer(env.TABLEWISE_TOKEN);
  if (env.TABLEWISE_USER || env.TABLEWISE_PASSWORD) return basic(env.TABLEWISE_USER, env.TABLEWISE_PASSWORD);
  throw new UsageError(
    'No credentials: pass --token (or TABLEWISE_TOKEN), or --user and --password (or TABLEWISE_USER and TABLEWISE_PASSWORD)',
  );
}

function bearer(token: string): Record<string, string> {
  if (!token) throw new UsageError('The token is empty');
  return { Authorization: `Bearer ${token}` };
}

function basic(user: string | undefined, password: string | undefined): Record<string, string> {
  if (!user) throw new UsageError('A password needs a user: pass --user or set TABLEWISE_USER');
  if (password === undefined) throw new UsageError('No password: pass --password or set TABLEWISE_PASSWORD');
  return { Authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}` };
}
