package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.devhost.DevHost;
import io.tablewise.devhost.host.DevUsers;
import io.tablewise.devhost.host.FaultInjection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Analytics end to end: the dev host (its own JVM, the real plugin wiring, AO on a real
 * database) sends to the reference receiver (its own process, real TLS on loopback). The
 * scenarios run in order on one database and one receiver, and the last one checks every
 * payload the receiver was ever sent for personal data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
abstract class AnalyticsDeliveryScenarios {
    private static final TenantId TENANT = TenantId.of(DevHost.SERVER_ID);

    private Path workDir;
    private ReceiverProcess receiver;
    private Path trustStore;
    private DevHostProcess host;

    /** The JDBC URL the dev host runs on; the privacy check reads the sample users from it. */
    abstract String databaseUrl() throws Exception;

    @BeforeAll
    void start() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ReceiverProcess.available(), "node_modules not installed");
        workDir = Files.createDirectories(Path.of("target", "analytics-it",
                getClass().getSimpleName() + "-" + System.currentTimeMillis()).toAbsolutePath());
        receiver = new ReceiverProcess(workDir.resolve("receiver"));
        receiver.start();
        trustStore = TrustStores.fromPem(receiver.certificate(), workDir.resolve("trust.p12"));
        host = DevHostProcess.start(workDir, databaseUrl(), trustStore);
        // The database may hold events and status of an earlier run (PostgreSQL is kept).
        host.configure(false, receiver.ingestUrl(), 10_000);
        host.purge();
    }

    @AfterAll
    void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void switchedOnItDeliversExactlyTheRecordedEventsOverTls() throws Exception {
        host.configure(true, receiver.ingestUrl(), 10_000);
        host.viewAdminPage();
        host.exportTables("CSV", "jiraissue", "AO_60DB71_SPRINT", "cwd_user");
        host.viewAdminPage();
        host.awaitQueued(status -> status.get("queued").asInt() == 9);
        List<JsonNode> expected = rows(host.preview());
        assertThat(names(expected)).containsExactly(
                "tablewise.analytics.enabled",
                "tablewise.admin.view",
                "tablewise.export.started",
                "tablewise.export.format.csv",
                "tablewise.export.tables.jiraissue",
                "tablewise.export.tables.ao_other",
                "tablewise.export.tables.cwd_user",
                "tablewise.export.completed",
                "tablewise.admin.view");
        int requestsBefore = receiver.requests().size();

        assertThat(host.runSendJob().get("message").asText()).isEqualTo("Sent 9 events.");

        assertThat(receiver.requests().size()).isEqualTo(requestsBefore + 1);
        assertThat(receivedWithIdsOf(expected)).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode status = host.analytics().get("status");
        assertThat(status.get("state").asText()).isEqualTo("ON");
        assertThat(status.get("queued").asInt()).isZero();
        assertThat(status.get("lastSuccessAt").isNull()).isFalse();
    }

    @Test
    @Order(2)
    void switchedOffNothingMoreIsSent() throws Exception {
        host.configure(false, receiver.ingestUrl(), 10_000);
        host.viewAdminPage();
        host.viewAdminPage();
        host.awaitQueued(status -> status.get("queued").asInt() == 3);
        int requestsBefore = receiver.requests().size();
        int receivedBefore = receiver.received().size();

        assertThat(host.runSendJob().get("message").asText()).isEqualTo("Analytics is off: nothing sent.");

        assertThat(receiver.requests().size()).isEqualTo(requestsBefore);
        assertThat(receiver.received()).hasSize(receivedBefore);
        JsonNode status = host.analytics().get("status");
        assertThat(status.get("state").asText()).isEqualTo("OFF");
        assertThat(status.get("queued").asInt()).as("kept locally, for the preview and the purge").isEqualTo(3);
        assertThat(host.purge()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void whileTheReceiverIsDownEventsQueueBoundedAndTheDroppedAreCounted() throws Exception {
        host.configure(true, receiver.ingestUrl(), 100);
        receiver.stop();
        for (int i = 0; i < 130; i++) {
            host.viewAdminPage();
        }
        // 131 recorded (the switch and 130 views) into a table bounded at 100.
        host.awaitQueued(status -> status.get("queued").asInt() == 100 && status.get("dropped").asLong() == 31);

        assertThat(host.runSendJob().get("message").asText()).contains("network error");
        JsonNode down = host.analytics().get("status");
        assertThat(down.get("state").asText()).isEqualTo("RETRYING");
        assertThat(down.get("lastError").get("status").asInt()).isZero();
        assertThat(down.get("lastError").get("retrying").asBoolean()).isTrue();
        assertThat(down.get("queued").asInt()).isEqualTo(100);
        List<JsonNode> expected = rows(host.preview());
        assertThat(expected).hasSize(100).allMatch(row -> row.get("Name").asText().equals("tablewise.admin.view"));

        receiver.start();
        waitUntil(Instant.parse(down.get("nextAttemptAt").asText()));
        assertThat(host.runSendJob().get("message").asText()).isEqualTo("Sent 100 events.");

        assertThat(receivedWithIdsOf(expected)).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode recovered = host.analytics().get("status");
        assertThat(recovered.get("state").asText()).isEqualTo("ON");
        assertThat(recovered.get("queued").asInt()).isZero();
        assertThat(recovered.get("dropped").asLong()).as("shown until purged").isEqualTo(31);
        host.purge();
    }

    @Test
    @Order(4)
    void a503WithRetryAfterIsHonouredBeforeTheNextAttempt() throws Exception {
        host.configure(true, receiver.ingestUrl(), 10_000);
        for (int i = 0; i < 3; i++) {
            host.viewAdminPage();
        }
        host.awaitQueued(status -> status.get("queued").asInt() == 3);
        List<JsonNode> expected = rows(host.preview());
        receiver.control("{\"mode\":\"unavailable\",\"count\":1,\"retryAfter\":3}");
        int requestsBefore = receiver.requests().size();

        assertThat(host.runSendJob().get("message").asText()).contains("HTTP 503");
        JsonNode busy = host.analytics().get("status");
        assertThat(busy.get("state").asText()).isEqualTo("RETRYING");
        assertThat(busy.get("lastError").get("status").asInt()).isEqualTo(503);
        Instant failedAt = Instant.parse(busy.get("lastError").get("at").asText());
        Instant nextAttempt = Instant.parse(busy.get("nextAttemptAt").asText());
        // The back-off alone would be 0.5 to 1 s here (base 1 s): the collector's 3 s decides.
        assertThat(Duration.between(failedAt, nextAttempt)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));

        assertThat(host.runSendJob().get("message").asText()).startsWith("Waiting until");
        assertThat(receiver.requests().size()).as("no attempt before Retry-After").isEqualTo(requestsBefore + 1);

        waitUntil(nextAttempt);
        assertThat(host.runSendJob().get("message").asText()).isEqualTo("Sent 3 events.");
        assertThat(receiver.requests().size()).isEqualTo(requestsBefore + 2);
        assertThat(receivedWithIdsOf(expected)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @Order(5)
    void aCrashBetweenTheAcknowledgementAndTheDeleteLosesNothingAndDuplicatesNothing() throws Exception {
        for (int i = 0; i < 4; i++) {
            host.viewAdminPage();
        }
        host.awaitQueued(status -> status.get("queued").asInt() == 4);
        List<JsonNode> expected = rows(host.preview());
        int requestsBefore = receiver.requests().size();

        host.armCrashBeforeEventDelete();
        assertThat(host.runSendJobExpectingCrash()).isEqualTo(FaultInjection.CRASH_EXIT_STATUS);
        assertThat(receiver.requests().size()).as("the batch reached the receiver").isEqualTo(requestsBefore + 1);
        assertThat(receivedWithIdsOf(expected)).as("and it stored them").hasSize(4);

        host = DevHostProcess.start(workDir, databaseUrl(), trustStore);
        assertThat(rows(host.preview())).as("nothing lost: the rows are still queued").isEqualTo(expected);
        assertThat(host.runSendJob().get("message").asText()).isEqualTo("Sent 4 events.");

        List<String> bodies = receiver.requests();
        assertThat(bodies.size()).isEqualTo(requestsBefore + 2);
        assertThat(ids(bodies.get(bodies.size() - 1))).as("resent under a fresh nonce")
                .isEqualTo(ids(bodies.get(bodies.size() - 2)));
        assertThat(receivedWithIdsOf(expected)).as("de-duplicated: each exactly once")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(host.analytics().get("status").get("queued").asInt()).isZero();
    }

    @Test
    @Order(6)
    void noPayloadSentInTheseScenariosNamesAUserOrCarriesContent() throws Exception {
        host.close(); // H2 files are single-process: release the database for reading.
        List<String> bodies = receiver.requests();
        assertThat(bodies.size()).as("payloads the receiver was sent").isGreaterThanOrEqualTo(6);
        Set<String> sensitive = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl())) {
            sensitive.addAll(PayloadPrivacy.sensitiveValues(connection));
        }
        for (String name : List.of("admin", "appadmin", "user")) {
            DevUsers.DevUser user = DevUsers.byName(name).orElseThrow();
            sensitive.addAll(List.of(user.name(), user.fullName(), user.email(), user.keyValue()));
        }
        assertThat(sensitive).as("user names, e-mails and keys to look for").hasSizeGreaterThan(50);
        assertThat(PayloadPrivacy.violations(bodies, sensitive, TENANT, DevHost.SERVER_ID)).isEmpty();
    }

    private List<JsonNode> receivedWithIdsOf(List<JsonNode> expected) throws Exception {
        Set<Long> ids = new TreeSet<>();
        expected.forEach(row -> ids.add(row.get("ID").asLong()));
        return receiver.received().stream()
                .filter(row -> row.get("ProductTenant").asText().equals(TENANT.value()))
                .filter(row -> ids.contains(row.get("ID").asLong()))
                .toList();
    }

    private static List<JsonNode> rows(JsonNode preview) {
        List<JsonNode> rows = new ArrayList<>();
        preview.get("rows").forEach(rows::add);
        return rows;
    }

    private static List<String> names(List<JsonNode> rows) {
        return rows.stream().map(row -> row.get("Name").asText()).toList();
    }

    private static List<Long> ids(String body) throws Exception {
        JsonNode envelope = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        byte[] document = Base64.getDecoder().decode(envelope.get("dataEncoded").asText());
        List<Long> ids = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(document).get("dataRows")
                .forEach(row -> ids.add(row.get("ID").asLong()));
        return ids;
    }

    private static void waitUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis() + 100;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
