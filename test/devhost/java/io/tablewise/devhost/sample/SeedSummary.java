package io.tablewise.devhost.sample;

import java.util.Map;

/**
 * What {@link SampleDatabase#ensureSeeded} did.
 *
 * @param alreadySeeded true when the same sample was found and nothing was written
 * @param tables        number of sample tables present for these options
 * @param rows          rows in those tables (as planned; counted while writing)
 * @param millis        wall time of the call
 * @param rowsByTable   rows per table, in seeding order
 */
public record SeedSummary(boolean alreadySeeded, int tables, long rows, long millis, Map<String, Long> rowsByTable) {

    @Override
    public String toString() {
        return (alreadySeeded ? "sample already present: " : "seeded sample: ") + tables + " tables, "
                + String.format("%,d", rows) + " rows, " + String.format("%.1f", millis / 1000.0) + " s";
    }
}
