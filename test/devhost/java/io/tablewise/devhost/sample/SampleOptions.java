package io.tablewise.devhost.sample;

import java.util.Set;
import java.util.TreeSet;

/**
 * What to seed.
 *
 * @param seed   same seed, same bytes (on H2 and PostgreSQL alike)
 * @param issues rows of {@code jiraissue}; every other table scales from it (see {@link Proportions})
 * @param tables restrict seeding to these tables (exact names, e.g. {@code jiraissue},
 *               {@code AO_60DB71_SPRINT}); empty means all sample tables. The rows of a table do not
 *               depend on which other tables are seeded.
 */
public record SampleOptions(long seed, int issues, Set<String> tables) {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_ISSUES = 100_000;
    /** Large enough to hold every edge case (they live in the first issues) and the two huge ids. */
    public static final int MIN_ISSUES = 50;

    public SampleOptions {
        if (issues < MIN_ISSUES || issues > 50_000_000) {
            throw new IllegalArgumentException("issues must be between " + MIN_ISSUES + " and 50,000,000, not " + issues);
        }
        tables = Set.copyOf(tables);
        for (String table : tables) {
            if (!SampleCatalog.names().contains(table)) {
                throw new IllegalArgumentException("Not a sample table: " + table + " (known: " + SampleCatalog.names() + ")");
            }
        }
    }

    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_SEED, DEFAULT_ISSUES, Set.of());
    }

    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(newSeed, issues, tables);
    }

    public SampleOptions withIssues(int newIssues) {
        return new SampleOptions(seed, newIssues, tables);
    }

    public SampleOptions onlyTables(Set<String> newTables) {
        return new SampleOptions(seed, issues, newTables);
    }

    boolean includes(String table) {
        return tables.isEmpty() || tables.contains(table);
    }

    /** What the marker row stores; a different fingerprint means the sample must be rebuilt. */
    String fingerprint() {
        String which = tables.isEmpty() ? "*" : String.join(",", new TreeSet<>(tables));
        return "generator=" + SampleCatalog.GENERATOR_VERSION + ";seed=" + seed + ";issues=" + issues + ";tables=" + which;
    }
}
