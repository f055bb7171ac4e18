package io.tablewise.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The reference receiver (test/collector/main.ts) as a child process over TLS on 127.0.0.1, on
 * a port fixed at construction so it can be stopped and started again where the app expects it.
 * Its data folder survives restarts, like a real collector's database.
 */
final class ReceiverProcess implements AutoCloseable {
    private static final Path TSX = Path.of("node_modules", ".bin", "tsx");
    private static final Path MAIN = Path.of("test", "collector", "main.ts");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final int port;
    private Process process;
    private HttpClient client;

    ReceiverProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        }
    }

    static boolean available() {
        return Files.isExecutable(TSX);
    }

    void start() throws Exception {
        process = new ProcessBuilder(TSX.toString(), MAIN.toString(), "--port", Integer.toString(port),
                "--host", "127.0.0.1", "--data", dataDir.toString(), "--log")
                .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("listening https://127.0.0.1:" + port)) {
            throw new IllegalStateException("the receiver did not start: " + line);
        }
        if (client == null) {
            client = HttpClient.newBuilder().sslContext(trust()).connectTimeout(Duration.ofSeconds(10)).build();
        }
    }

    /** Stops it the way a collector goes down: the port refuses connections until {@link #start}. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            process = null;
        }
    }

    String ingestUrl() {
        return "https://127.0.0.1:" + port + "/ingest";
    }

    /** The self-signed certificate the receiver made for itself (PEM). */
    Path certificate() {
        return dataDir.resolve("tls").resolve("cert.pem");
    }

    SSLContext trust() {
        return PemTrust.trusting(certificate());
    }

    /** Accepted rows, one per (ProductTenant, ID). */
    List<JsonNode> received() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        call("GET", "/_received", null).get("rows").forEach(stored -> rows.add(stored.get("row")));
        return rows;
    }

    void control(String json) throws Exception {
        call("POST", "/_control", json);
    }

    /** Every ingest body it was sent, accepted or not, oldest first. */
    List<String> requests() throws IOException {
        Path file = dataDir.resolve("requests.jsonl");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                bodies.add(JSON.readTree(line).get("body").asText());
            }
        }
        return bodies;
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
