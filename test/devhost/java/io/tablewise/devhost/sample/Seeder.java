package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Builds the sample on a connection it borrows: a table at a time, rows in batches or COPY. */
final class Seeder {

    private final Connection connection;
    private final SampleOptions options;
    private final Consumer<String> progress;
    private final Dialect dialect;
    private final SchemaWriter schema;
    private final SampleMarker marker;

    Seeder(Connection connection, SampleOptions options, Consumer<String> progress) throws SQLException {
        this.connection = connection;
        this.options = options;
        this.progress = progress;
        this.dialect = Dialect.detect(connection);
        this.schema = new SchemaWriter(connection, dialect);
        this.marker = new SampleMarker(connection, dialect);
    }

    /** Rows per table for these options, marker rows included. */
    static Map<String, Long> plannedRows(SampleOptions options) {
        SampleWorld world = new SampleWorld(options);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (SampleTable table : SampleCatalog.TABLES) {
            boolean requested = options.includes(table.name());
            boolean markerTable = SampleCatalog.MARKER_TABLES.contains(table.name());
            if (requested || markerTable) {
                rows.put(table.name(), (requested ? table.rows().applyAsLong(world) : 0) + (markerTable ? 1 : 0));
            }
        }
        return rows;
    }

    SeedSummary ensureSeeded() throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String wanted = options.fingerprint();
            Set<String> existing = schema.existingTables();
            String found = existing.containsAll(SampleCatalog.MARKER_TABLES) ? marker.read() : null;
            connection.commit();
            List<SampleTable> requested = SampleCatalog.TABLES.stream().filter(t -> options.includes(t.name())).toList();
            boolean complete = requested.stream().allMatch(t -> existing.contains(t.name()));
            if (wanted.equals(found) && complete) {
                return summary(true, plannedRows(options), started);
            }
            if (found == null) {
                refuseForeignTables(existing);
            }
            return summary(false, rebuild(requested, existing, wanted), started);
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Without our marker, same-named tables belong to someone else (perhaps a real Jira): never drop them. */
    private void refuseForeignTables(Set<String> existing) {
        Set<String> clash = new TreeSet<>(existing);
        clash.retainAll(SampleCatalog.names());
        if (!clash.isEmpty()) {
            throw new IllegalStateException("The database already has tables named like the sample's but no sample marker ("
                    + SampleMarker.KEY + "); refusing to touch them: " + clash);
        }
    }

    private Map<String, Long> rebuild(List<SampleTable> requested, Set<String> existing, String wanted) throws SQLException {
        for (String name : SampleCatalog.MARKER_TABLES) {
            if (!existing.contains(name)) {
                SampleTable table = SampleCatalog.table(name);
                schema.createTable(table.shape());
                schema.createIndexes(table.shape());
                connection.commit();
            }
        }
        // from here until markDone an interrupted run leaves a marker that says "seeding", so it is rebuilt next time
        marker.markSeeding(wanted);
        for (SampleTable table : SampleCatalog.TABLES) {
            if (SampleCatalog.MARKER_TABLES.contains(table.name())) {
                marker.clearAllBut(table.name());
            } else if (existing.contains(table.name())) {
                schema.dropTable(table.name());
            }
            connection.commit();
        }

        SampleWorld world = new SampleWorld(options);
        Map<String, Long> written = new LinkedHashMap<>();
        for (SampleTable table : requested) {
            long tableStarted = System.nanoTime();
            boolean markerTable = SampleCatalog.MARKER_TABLES.contains(table.name());
            if (!markerTable) {
                schema.createTable(table.shape());
                connection.commit();
            }
            long rows = fill(table, world);
            connection.commit();
            long indexesStarted = System.nanoTime();
            // building an index from the finished table is cheaper than maintaining it row by row, on both databases
            if (!markerTable) {
                schema.createIndexes(table.shape());
                connection.commit();
            }
            long done = System.nanoTime();
            written.put(table.name(), rows + (markerTable ? 1 : 0));
            progress.accept(String.format("%-26s %,11d rows %7.2f s (indexes %.2f s)", table.name(), rows, (done - tableStarted) / 1e9,
                    (done - indexesStarted) / 1e9));
        }
        for (String name : SampleCatalog.MARKER_TABLES) {
            written.putIfAbsent(name, 1L);
        }
        marker.markDone(wanted);
        return written;
    }

    private long fill(SampleTable table, SampleWorld world) throws SQLException {
        long expected = table.rows().applyAsLong(world);
        try (RowSink sink = RowSink.open(connection, dialect, table.shape())) {
            table.generator().write(world, sink);
            sink.finish();
            if (sink.rowCount() != expected) {
                throw new IllegalStateException(table.name() + ": generated " + sink.rowCount() + " rows, planned " + expected);
            }
            return sink.rowCount();
        }
    }

    private static SeedSummary summary(boolean alreadySeeded, Map<String, Long> rows, long started) {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        return new SeedSummary(alreadySeeded, rows.size(), total, (System.nanoTime() - started) / 1_000_000,
                Collections.unmodifiableMap(new LinkedHashMap<>(rows)));
    }
}
