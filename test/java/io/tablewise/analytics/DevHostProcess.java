package io.tablewise.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dev host in its own JVM, as a person runs it: so it can be killed like a node, and so it
 * trusts the receiver the standard way ({@code -Djavax.net.ssl.trustStore}), leaving the app on
 * its production path (the JDK's default TLS context). Jobs run only when asked
 * (TABLEWISE_SCHEDULER=manual).
 */
final class DevHostProcess implements AutoCloseable {
    static final String SEND_JOB = "io.tablewise.analytics.send";
    private static final Pattern RUNNING = Pattern.compile("dev host is running: (http://localhost:\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DevHostProcess(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * @param database JDBC URL (H2 file or PostgreSQL)
     * @param trustStore PKCS12 trust store holding the receiver's certificate
     */
    static DevHostProcess start(Path workDir, String database, Path trustStore) throws Exception {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("devhost-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + TrustStores.PASSWORD,
                // Back-off starts at a second instead of a minute, so a test can wait it out.
                "-Dtablewise.analytics.backoff.base=PT1S",
                "-Dtablewise.buildDir=" + Path.of("target").toAbsolutePath(),
                "-cp", classPath(), "io.tablewise.devhost.DevHost"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("TABLEWISE_PORT", "0");
        env.put("TABLEWISE_DB", database);
        env.put("TABLEWISE_SAMPLE_ISSUES", "300");
        env.put("TABLEWISE_SCHEDULER", "manual");
        env.remove("TABLEWISE_ANALYTICS_CA");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            Matcher running = RUNNING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (running.find()) {
                return new DevHostProcess(process, log, running.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The dev host exited with " + process.exitValue() + ":\n" + tail(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The dev host did not start in 180 s:\n" + tail(log));
    }

    /** Our classes as directories (the dev host scans them), then every library jar of the test run. */
    private static String classPath() {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Stream<String> jars = Stream.of(testClassPath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && !Path.of(entry).toAbsolutePath().startsWith(Path.of("target").toAbsolutePath()));
        return Stream.concat(Stream.of(Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString()), jars)
                .collect(Collectors.joining(File.pathSeparator));
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode analytics() throws Exception {
        return rest("GET", "/analytics", null, 200);
    }

    JsonNode preview() throws Exception {
        return rest("GET", "/analytics/preview", null, 200);
    }

    JsonNode configure(boolean enabled, String endpoint, int maxStoredEvents) throws Exception {
        return rest("PUT", "/analytics", "{\"enabled\":" + enabled + ",\"endpoint\":\"" + endpoint
                + "\",\"batchSize\":500,\"maxStoredEvents\":" + maxStoredEvents + "}", 200);
    }

    int purge() throws Exception {
        return rest("DELETE", "/analytics/events", null, 200).get("purged").asInt();
    }

    JsonNode rest(String method, String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(method, "/rest/tablewise/1.0" + path, body);
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** The admin page, as a browser loads it: one {@code tablewise.admin.view} event. */
    void viewAdminPage() throws Exception {
        HttpResponse<String> page = send("GET", "/plugins/servlet/tablewise/admin", null);
        if (page.statusCode() != 200) {
            throw new AssertionError("admin page: HTTP " + page.statusCode());
        }
    }

    /** An export as the engine reports one: POST /exports, then PUT /exports/{id} COMPLETED. */
    void exportTables(String format, String... tables) throws Exception {
        String list = Stream.of(tables).map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        JsonNode started = rest("POST", "/exports", "{\"tables\":[" + list + "],\"format\":\"" + format
                + "\",\"client\":\"API\"}", 200);
        rest("PUT", "/exports/" + started.get("exportId").asText(),
                "{\"outcome\":\"COMPLETED\",\"rows\":10,\"bytes\":1000}", 204);
    }

    /** Runs the analytics job now (dev-host-only control); returns its outcome and message. */
    JsonNode runSendJob() throws Exception {
        HttpResponse<String> response = send("POST", "/devhost/jobs/" + SEND_JOB + "/run", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("run job: HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    void armCrashBeforeEventDelete() throws Exception {
        HttpResponse<String> response = send("POST", "/devhost/faults/crash-before-event-delete", null);
        if (response.statusCode() != 204) {
            throw new AssertionError("arm fault: HTTP " + response.statusCode());
        }
    }

    /** Sends a request the caller expects to die with the JVM; returns how the JVM ended. */
    int runSendJobExpectingCrash() throws Exception {
        try {
            send("POST", "/devhost/jobs/" + SEND_JOB + "/run", null);
        } catch (IOException expected) {
            // The connection dies with the JVM.
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the dev host did not die");
        }
        return process.exitValue();
    }

    /** Waits until the writer thread has stored what was recorded (it runs off the request thread). */
    JsonNode awaitQueued(java.util.function.Predicate<JsonNode> status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode view = analytics();
        while (!status.test(view.get("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events were not written in 30 s: " + view);
            }
            Thread.sleep(50);
            view = analytics();
        }
        return view;
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", ADMIN)
                .header("X-Atlassian-Token", "no-check");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
