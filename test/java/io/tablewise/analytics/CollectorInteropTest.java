package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tablewise.analytics.SendResult.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java sender against the TypeScript reference receiver (test/collector/main.ts) over real
 * TLS on loopback: the two implementations of the contract must agree on live traffic, not only
 * on the fixed vectors.
 */
class CollectorInteropTest {
    private static final Path TSX = Path.of("node_modules", ".bin", "tsx");
    private static final Path MAIN = Path.of("test", "collector", "main.ts");
    private static final TenantId TENANT = TenantId.of("interop-server-id");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Process receiver;
    private static Path dataDir;
    private static String base;
    private static SSLContext trust;
    private static HttpClient control;

    private final PayloadCodec codec = new PayloadCodec(Vectors.key());
    private final NonceSource nonces = NonceSource.secure();
    private final AnalyticsHttpSender sender =
            new AnalyticsHttpSender(trust, Duration.ofSeconds(10), false, Clock.systemUTC());

    @BeforeAll
    static void startReceiver() throws Exception {
        assumeTrue(Files.isExecutable(TSX), "node_modules not installed: run npm install");
        dataDir = Files.createTempDirectory("tablewise-interop");
        receiver = new ProcessBuilder(TSX.toString(), MAIN.toString(),
                        "--port", "0", "--host", "127.0.0.1", "--data", dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(receiver.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
        assertThat(line).as("receiver's first line").startsWith("listening https://127.0.0.1:");
        base = line.substring("listening ".length());
        trust = PemTrust.trusting(dataDir.resolve("tls").resolve("cert.pem"));
        control = HttpClient.newBuilder().sslContext(trust).build();
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopReceiver() throws Exception {
        if (receiver != null) {
            receiver.destroy();
            if (!receiver.waitFor(10, TimeUnit.SECONDS)) {
                receiver.destroyForcibly();
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Payload batch(long... ids) {
        List<AnalyticsEvent> events = new ArrayList<>();
        for (long id : ids) {
            events.add(new AnalyticsEvent(id, EventName.exportedTable(Product.JIRA, "jiraissue"), Product.JIRA,
                    "9.12.15", Instant.parse("2026-11-21T10:00:00Z"), "1.0.0"));
        }
        return codec.encode(TENANT, events, nonces.next(), Instant.now());
    }

    private static JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = control.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> storedRowsOf(TenantId tenant) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode stored : call("GET", "/_received", null).get("rows")) {
            if (stored.get("row").get("ProductTenant").asText().equals(tenant.value())) {
                rows.add(stored.get("row"));
            }
        }
        return rows;
    }

    @Test
    void aJavaBatchIsAcceptedStoredAndAReplayIsRejected() throws Exception {
        Payload payload = batch(101, 102);
        SendResult first = sender.send(base + "/ingest", payload);
        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.ACCEPTED);

        List<JsonNode> rows = storedRowsOf(TENANT);
        assertThat(rows).extracting(r -> r.get("ID").asLong()).contains(101L, 102L);
        JsonNode row = rows.stream().filter(r -> r.get("ID").asLong() == 101).findFirst().orElseThrow();
        assertThat(JSON.writeValueAsString(row)).isEqualTo("{\"ID\":101,\"ProductTenant\":\"" + TENANT.value()
                + "\",\"Product\":\"jira\",\"Name\":\"tablewise.export.tables.jiraissue\",\"ProductVersion\":\"9.12.15\","
                + "\"UpdateDate\":\"2026-11-21T10:00:00Z\",\"AppVersion\":\"1.0.0\"}");

        SendResult replay = sender.send(base + "/ingest", payload);
        assertThat(replay.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.message()).contains("REPLAYED_NONCE");
    }

    @Test
    void aResendAfterALostAcknowledgementIsDeduplicated() throws Exception {
        assertThat(sender.send(base + "/ingest", batch(201, 202)).outcome()).isEqualTo(Outcome.ACCEPTED);
        // The job crashed before deleting: the same rows go again under a fresh nonce.
        assertThat(sender.send(base + "/ingest", batch(201, 202)).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(storedRowsOf(TENANT)).filteredOn(r -> r.get("ID").asLong() / 100 == 2).hasSize(2);
    }

    @Test
    void a503WithRetryAfterIsARetryAndTheNextTryGoesThrough() throws Exception {
        call("POST", "/_control", "{\"mode\":\"unavailable\",\"count\":1,\"retryAfter\":5}");
        SendResult busy = sender.send(base + "/ingest", batch(301));
        assertThat(busy.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.retryAfter()).contains(Duration.ofSeconds(5));
        assertThat(sender.send(base + "/ingest", batch(301)).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aCutConnectionIsARetry() throws Exception {
        call("POST", "/_control", "{\"mode\":\"down\",\"count\":1}");
        SendResult down = sender.send(base + "/ingest", batch(401));
        assertThat(down.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(down.status()).isZero();
        assertThat(sender.send(base + "/ingest", batch(401)).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aTamperedBodyIsRejectedAndNotStored() throws Exception {
        Payload good = batch(501);
        Payload tampered = new Payload(good.dataEncoded(), good.nonce(), "0".repeat(40), good.otp());
        SendResult result = sender.send(base + "/ingest", tampered);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.message()).contains("BAD_HASH");
        assertThat(storedRowsOf(TENANT)).noneMatch(r -> r.get("ID").asLong() == 501);
    }
}
