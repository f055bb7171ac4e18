// Benchmark: a 1,000,000-row jiraissue read through GET /tables/jiraissue/rows (the dev host in a
// JVM of its own, a minimal client here) against PostgreSQL's own COPY (SELECT ...) TO STDOUT WITH
// CSV of the same columns, and the dev host's peak heap for 100,000 vs 1,000,000 rows exported.
// Run from the repository root: bench/tables/run (see bench/README.md).
package io.tablewise.bench.tables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.tablewise.devhost.DevHost;
import io.tablewise.devhost.DevHostConfig;
import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.devhost.sample.SampleDatabase;
import io.tablewise.devhost.sample.SampleOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

public final class TablesBench {
    static final String TABLE = "jiraissue";
    static final int LIMIT = 10_000;
    static final int MAX_BYTES = 16_777_216;
    static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("TABLEWISE_BENCH_ROUNDS", "3"));
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--serve")) {
            serve(args[1], Integer.parseInt(args[2]));
            return;
        }
        String url = required("TABLEWISE_BENCH_URL");
        int rows = Integer.parseInt(System.getenv().getOrDefault("TABLEWISE_BENCH_ROWS", "1000000"));
        int small = Integer.parseInt(System.getenv().getOrDefault("TABLEWISE_BENCH_SMALL", "100000"));
        String heap = System.getenv().getOrDefault("TABLEWISE_BENCH_XMX", "256m");
        DevDatabase database = new DevDatabase(url, null, null);

        long seedStart = System.nanoTime();
        try (Connection connection = database.connect()) {
            System.out.println("Seeding: " + SampleDatabase.ensureSeeded(connection, sample(rows), line -> { }));
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE \"" + TABLE + "\"");
            }
        }
        System.out.printf("Seeded or found %,d rows of %s in %.1f s%n", rows, TABLE, seconds(seedStart));
        List<String> columns = columns(database);

        List<String> hostCommand = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap));
        // TABLEWISE_BENCH_HOST_JVM: extra JVM options for the dev host, e.g. a flight recording.
        String hostJvm = System.getenv().getOrDefault("TABLEWISE_BENCH_HOST_JVM", "").trim();
        if (!hostJvm.isEmpty()) {
            hostCommand.addAll(List.of(hostJvm.split("\\s+")));
        }
        hostCommand.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "bench/tables/TablesBench.java", "--serve", url, Integer.toString(rows)));
        Process host = new ProcessBuilder(hostCommand).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader fromHost = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toHost = new PrintWriter(host.getOutputStream(), true, StandardCharsets.UTF_8);
        String baseUrl = awaitLine(fromHost, "READY ").substring(6).trim();
        System.out.println("Dev host (own JVM, -Xmx" + heap + "): " + baseUrl);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // Warm-up: PostgreSQL's cache, both JVMs' JIT.
            copy(database, columns, false);
            rest(http, baseUrl, 300_000, true);

            // Heap: the same dev host after a full GC, exporting 100k rows, then 1M rows.
            toHost.println("reset");
            awaitLine(fromHost, "OK");
            double smallRate = rest(http, baseUrl, small, true);
            toHost.println("peak");
            String[] smallPeak = awaitLine(fromHost, "PEAK ").split(" ");
            toHost.println("reset");
            awaitLine(fromHost, "OK");
            rest(http, baseUrl, Integer.MAX_VALUE, true);
            toHost.println("peak");
            String[] fullPeak = awaitLine(fromHost, "PEAK ").split(" ");

            // Throughput: COPY and REST in alternation, so that both meet the same load from
            // whatever else runs on the machine; each round gives one ratio.
            List<double[]> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                double copyRate = copy(database, columns, false);
                double orderedRate = copy(database, columns, true);
                long cpuBefore = hostCpuNanos(toHost, fromHost);
                double restRate = rest(http, baseUrl, Integer.MAX_VALUE, false);
                double cpuPerRow = (hostCpuNanos(toHost, fromHost) - cpuBefore) / 1000.0 / rows;
                rounds.add(new double[] {copyRate, orderedRate, restRate, cpuPerRow});
            }
            rounds.sort((a, b) -> Double.compare(a[2] / a[0], b[2] / b[0]));
            double[] median = rounds.get(rounds.size() / 2);
            System.out.println();
            for (double[] r : rounds) {
                System.out.printf(Locale.ROOT, "round: COPY %,.0f rows/s, COPY ordered %,.0f rows/s, REST %,.0f rows/s, ratio %.2f (%.2f vs ordered), dev host CPU %.2f µs/row%n",
                        r[0], r[1], r[2], r[2] / r[0], r[2] / r[1], r[3]);
            }
            System.out.printf(Locale.ROOT, "%nMedian round, %,d rows of %d columns:%n", rows, columns.size());
            System.out.printf(Locale.ROOT, "  COPY (SELECT ...) TO STDOUT WITH CSV           %,10.0f rows/s%n", median[0]);
            System.out.printf(Locale.ROOT, "  COPY (SELECT ... ORDER BY id) TO STDOUT CSV    %,10.0f rows/s%n", median[1]);
            System.out.printf(Locale.ROOT, "  REST pages (limit %d, maxBytes %d)    %,10.0f rows/s%n", LIMIT, MAX_BYTES, median[2]);
            System.out.printf(Locale.ROOT, "  Ratio REST / COPY: %.2f (against the ordered COPY: %.2f)%n", median[2] / median[0],
                    median[2] / median[1]);
            System.out.printf(Locale.ROOT, "  Dev host CPU (all its threads) per row served: %.2f µs%n", median[3]);
            System.out.printf(Locale.ROOT, "Dev host peak heap used, %,d rows exported: %s MiB (largest live set after a GC: %s MiB)%n",
                    small, mib(smallPeak[1]), mib(smallPeak[2]));
            System.out.printf(Locale.ROOT, "Dev host peak heap used, %,d rows exported: %s MiB (largest live set after a GC: %s MiB)%n",
                    rows, mib(fullPeak[1]), mib(fullPeak[2]));
            System.out.printf(Locale.ROOT, "(the %,d-row export ran at %,.0f rows/s)%n", small, smallRate);
        } finally {
            toHost.println("quit");
            host.destroy();
        }
    }

    static long hostCpuNanos(PrintWriter toHost, BufferedReader fromHost) throws Exception {
        toHost.println("cpu");
        return Long.parseLong(awaitLine(fromHost, "CPU ").substring(4).trim());
    }

    static SampleOptions sample(int rows) {
        return SampleOptions.defaults().withIssues(rows).onlyTables(Set.of(TABLE));
    }

    /** COPY of every column, counted at the client; rows/s. */
    static double copy(DevDatabase database, List<String> columns, boolean ordered) throws Exception {
        String select = "SELECT " + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList())
                + " FROM \"" + TABLE + "\"" + (ordered ? " ORDER BY \"id\"" : "");
        long rows;
        try (Connection connection = database.connect()) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + TABLE + "\"")) {
                rs.next();
                rows = rs.getLong(1);
            }
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT WITH CSV", sink);
            double elapsed = seconds(start);
            System.out.printf(Locale.ROOT, "  COPY%s: %,d rows, %,d bytes in %.2f s%n", ordered ? " ordered" : "", rows,
                    sink.bytes, elapsed);
            return rows / elapsed;
        }
    }

    /**
     * Pages to the end (or to `maxRows`) as a minimal client does: each page's bytes and its
     * cursor; with `parse`, every row is also counted by a JSON parser. Rows/s.
     */
    static double rest(HttpClient http, String baseUrl, int maxRows, boolean parse) throws Exception {
        String root = baseUrl + "/rest/tablewise/1.0";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(root + "/exports"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tables\":[\"" + TABLE + "\"],\"format\":\"JSONL\",\"client\":\"API\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String exportId = started.body().replaceAll(".*\"exportId\":\"([^\"]+)\".*", "$1");
        JsonFactory json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).build()).build();
        long rows = 0;
        long bytes = 0;
        int pages = 0;
        long start = System.nanoTime();
        // The cursor is the body's last field: the next page is asked for as soon as a page has
        // arrived, and the rows of the page in hand are counted while the server works on it.
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> next = http.sendAsync(page(root, exportId, null),
                HttpResponse.BodyHandlers.ofByteArray());
        while (next != null) {
            HttpResponse<byte[]> page = next.get();
            if (page.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + page.statusCode() + ": " + new String(page.body(), StandardCharsets.UTF_8));
            }
            byte[] body = page.body();
            bytes += body.length;
            pages++;
            String after = cursorAtEnd(body);
            next = after == null || rows >= maxRows ? null
                    : http.sendAsync(page(root, exportId, after), HttpResponse.BodyHandlers.ofByteArray());
            rows += parse ? countRows(json, body) : LIMIT;
            if (rows >= maxRows && next != null) {
                next.get();
                next = null;
            }
        }
        double elapsed = seconds(start);
        http.send(HttpRequest.newBuilder(URI.create(root + "/exports/" + exportId)).header("Authorization", AUTH)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"outcome\":\"COMPLETED\",\"rows\":" + rows + ",\"bytes\":" + bytes + "}")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (!parse) {
            // Unparsed pages are counted from their size: the last one holds the rest.
            rows = Math.min(rows, maxRows == Integer.MAX_VALUE ? count(http, root, exportId) : maxRows);
        }
        System.out.printf(Locale.ROOT, "  REST%s: %,d rows, %,d pages, %,d bytes of JSON in %.2f s%n", parse ? "" : " (unparsed)",
                rows, pages, bytes, elapsed);
        return rows / elapsed;
    }

    /** The rows the server counted for an export, from its audit entry. */
    static long count(HttpClient http, String root, String exportId) throws Exception {
        String audit = http.send(HttpRequest.newBuilder(URI.create(root + "/audit?limit=20")).header("Authorization", AUTH).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        int at = audit.indexOf("\"exportId\":\"" + exportId + "\"");
        String rest = audit.substring(at);
        return Long.parseLong(rest.replaceAll("(?s)^.*?\"rows\":(\\d+).*$", "$1"));
    }

    static HttpRequest page(String root, String exportId, String after) {
        String query = "?limit=" + LIMIT + "&maxBytes=" + MAX_BYTES + "&exportId=" + exportId
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(root + "/tables/" + TABLE + "/rows" + query)).header("Authorization", AUTH)
                .GET().build();
    }

    /** The page ends with "nextCursor":"..."} or "nextCursor":null}. */
    static String cursorAtEnd(byte[] body) {
        String tail = new String(body, Math.max(0, body.length - 4096), Math.min(4096, body.length), StandardCharsets.UTF_8);
        int at = tail.lastIndexOf("\"nextCursor\":");
        String value = tail.substring(at + 13, tail.lastIndexOf('}')).trim();
        return value.equals("null") ? null : value.substring(1, value.length() - 1);
    }

    static long countRows(JsonFactory json, byte[] body) throws Exception {
        long rows = 0;
        try (JsonParser parser = json.createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("rows")) {
                    while (parser.nextToken() == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        rows++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return rows;
    }

    /** The dev host's JVM: the real plugin on Jetty, answering "reset", "peak" and "quit" on stdin. */
    static void serve(String url, int rows) throws Exception {
        DevHost host = DevHost.start(DevHostConfig.fromEnvironment().withPort(0)
                .withDatabase(new DevDatabase(url, null, null)).withSample(sample(rows)));
        List<MemoryPoolMXBean> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (true) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long live = 0;
                for (MemoryPoolMXBean pool : heapPools) {
                    live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
                }
                peakUsed.accumulateAndGet(used, Math::max);
                peakLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        System.out.println("READY " + host.baseUrl());
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            if (line.equals("reset")) {
                // Start from a collected heap so both runs are measured from the same floor.
                System.gc();
                peakUsed.set(0);
                peakLive.set(0);
                System.out.println("OK");
            } else if (line.equals("peak")) {
                System.out.println("PEAK " + peakUsed.get() + " " + peakLive.get());
            } else if (line.equals("cpu")) {
                // CPU time of the whole dev host process: independent of what else loads the machine.
                System.out.println("CPU " + ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime());
            }
            System.out.flush();
        }
        host.close();
        System.exit(0);
    }

    static List<String> columns(DevDatabase database) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connect(); Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM \"" + TABLE + "\" WHERE false")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i));
            }
        }
        return columns;
    }

    static String awaitLine(BufferedReader in, String prefix) throws Exception {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("The dev host ended before printing " + prefix);
    }

    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    static String javaBin() {
        return System.getProperty("java.home") + "/bin/java";
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (bench/tables/run sets it)");
        }
        return value;
    }

    static String mib(String bytes) {
        return String.format(Locale.ROOT, "%,.0f", Long.parseLong(bytes) / 1048576.0);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
