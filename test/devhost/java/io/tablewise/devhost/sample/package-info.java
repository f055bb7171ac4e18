/**
 * The deterministic Jira/Confluence-shaped sample database the dev host seeds.
 *
 * <p>Entry point: {@link io.tablewise.devhost.sample.SampleDatabase#ensureSeeded(java.sql.Connection,
 * io.tablewise.devhost.sample.SampleOptions)}. Shapes follow /work/shared/REAL-SCHEMA.md: Jira
 * core tables as in the J8.11 dump (customfield and AO_60DB71_SPRINT in their J9+ form),
 * Confluence tables as in C8+ (content without messageid), Active Objects tables with quoted
 * upper-case names. Where Jira and Confluence share a table name (cwd_user, label...) Jira's shape
 * is used. Every table is described next to its generator, one file per area:
 * {@code Jira*Tables}, {@code Confluence*Tables}, {@code PersonalTokenTables}.
 *
 * <p>Data is a pure function of the seed: shared facts come from {@link io.tablewise.devhost.sample.SampleWorld}
 * (stateless hashing, see {@code Rng}), so a table holds the same bytes whether it is seeded alone
 * or with the others, on H2 or on PostgreSQL. The deliberately awkward values live in
 * {@code EdgeValues} and sit in the first rows of their tables.
 */
package io.tablewise.devhost.sample;
