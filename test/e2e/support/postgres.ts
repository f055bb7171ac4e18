import pg from 'pg';

/**
 * The PostgreSQL server browser tests may use: TABLEWISE_TEST_PG_URL (the JDBC URL
 * `scripts/pg start` prints; scripts/test exports it), user and password in its query or in
 * TABLEWISE_TEST_PG_USER / TABLEWISE_TEST_PG_PASSWORD. Null when none is given; with
 * TABLEWISE_REQUIRE_PG=1 (scripts/test) a missing server is an error, not a skip.
 */
export function testPostgres(): pg.ClientConfig | null {
  const url = process.env.TABLEWISE_TEST_PG_URL?.trim();
  if (!url) {
    if (process.env.TABLEWISE_REQUIRE_PG === '1') {
      throw new Error('TABLEWISE_REQUIRE_PG=1 but TABLEWISE_TEST_PG_URL is not set (run scripts/pg start)');
    }
    return null;
  }
  const parsed = new URL(url.replace(/^jdbc:/, ''));
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    user: process.env.TABLEWISE_TEST_PG_USER ?? parsed.searchParams.get('user') ?? undefined,
    password: process.env.TABLEWISE_TEST_PG_PASSWORD ?? parsed.searchParams.get('password') ?? undefined,
  };
}

/** The JDBC URL of another database on the same server, for the dev host's TABLEWISE_DB. */
export function jdbcUrl(server: pg.ClientConfig, database: string): string {
  return `jdbc:postgresql://${server.host}:${server.port}/${database}`;
}

/** Runs `work` with a connection to `database` (default: the server's own) and closes it. */
export async function withPostgres<T>(server: pg.ClientConfig, database: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...server, ...(database ? { database } : {}) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of a test's own, so its sample never meets another test's tables. */
export async function createDatabase(server: pg.ClientConfig, database: string): Promise<void> {
  await withPostgres(server, null, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  });
}

export async function dropDatabase(server: pg.ClientConfig, database: string): Promise<void> {
  await withPostgres(server, null, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}
