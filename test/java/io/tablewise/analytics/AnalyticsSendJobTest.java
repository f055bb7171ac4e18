package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import io.tablewise.analytics.TestCollector.Answer;
import io.tablewise.support.AoDatabase;
import io.tablewise.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The job over real AO (H2) against a scripted HTTPS collector, with a hand-moved clock. */
class AnalyticsSendJobTest {
    private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AoDatabase db;
    private AnalyticsParts parts;
    private TestCollector collector;
    private final MutableClock clock = new MutableClock(T0);
    private final AtomicLong nonces = new AtomicLong(1000);
    private AnalyticsSendJob job;

    @BeforeEach
    void setUp() throws Exception {
        db = AoDatabase.h2();
        parts = new AnalyticsParts(db);
        collector = TestCollector.https();
        AnalyticsHttpSender sender = new AnalyticsHttpSender(TestTls.get().clientTrustingTestCert,
                Duration.ofSeconds(5), false, clock);
        // Jitter pinned to its top: the n-th failure waits exactly base * 2^(n-1).
        BackoffPolicy backoff = new BackoffPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24),
                () -> 1.0);
        job = new AnalyticsSendJob(parts.store, parts.events, parts.instance, parts.locks, () -> sender,
                new PayloadCodec(Vectors.key()), nonces::incrementAndGet, backoff, clock);
    }

    @AfterEach
    void tearDown() {
        collector.close();
        db.close();
    }

    private void configure(boolean enabled, int batchSize) {
        parts.store.saveSettings(new AnalyticsSettings(enabled, collector.url(), batchSize, 10_000), clock.instant());
    }

    private List<Integer> record(int count) {
        List<NewEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new NewEvent(EventName.ADMIN_VIEW, T0.minusSeconds(60 - i), "10.3.6", "1.0.0"));
        }
        parts.events.insert(events);
        return ids(parts.events.oldest(10_000));
    }

    private static List<Integer> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::id).toList();
    }

    private JobRunnerResponse run() {
        return job.runJob(new JobRunnerRequest() {
            @Override
            public java.util.Date getStartTime() {
                return java.util.Date.from(clock.instant());
            }

            @Override
            public com.atlassian.scheduler.config.JobId getJobId() {
                return AnalyticsSendJob.JOB_ID;
            }

            @Override
            public com.atlassian.scheduler.config.JobConfig getJobConfig() {
                return com.atlassian.scheduler.config.JobConfig.forJobRunnerKey(AnalyticsSendJob.RUNNER_KEY);
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        });
    }

    /** IDs in each body the collector received, in order. */
    private List<List<Integer>> sentBatches() throws Exception {
        List<List<Integer>> batches = new ArrayList<>();
        for (TestCollector.Received received : collector.received) {
            JsonNode body = JSON.readTree(received.body());
            JsonNode rows = JSON.readTree(Base64.getDecoder().decode(body.get("dataEncoded").asText())).get("dataRows");
            List<Integer> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.get("ID").asInt()));
            batches.add(ids);
        }
        return batches;
    }

    @Test
    void whileOffNothingIsReadOrSent() {
        configure(false, 500);
        record(3);
        assertThat(run().getMessage()).isEqualTo("Analytics is off: nothing sent.");
        assertThat(collector.received).isEmpty();
        assertThat(parts.events.count()).isEqualTo(3);
    }

    @Test
    void sendsTheOldestInBatchesAndDeletesExactlyTheAcknowledgedRows() throws Exception {
        configure(true, 2);
        List<Integer> ids = record(5);

        JobRunnerResponse response = run();

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("Sent 5 events.");
        assertThat(sentBatches()).containsExactly(ids.subList(0, 2), ids.subList(2, 4), ids.subList(4, 5));
        assertThat(parts.events.count()).isZero();
        assertThat(parts.store.status()).isEqualTo(new SendStatus(T0, null, null, 0));
        // Every request has a fresh nonce (the collector refuses a replay).
        assertThat(collector.received).extracting(r -> JSON.readTree(r.body()).get("nonce").asText())
                .containsExactly("1001", "1002", "1003");
    }

    @Test
    void aFailureMidRunKeepsTheUnacknowledgedRowsAndOnlyThose() throws Exception {
        configure(true, 2);
        List<Integer> ids = record(4);
        collector.answerSequence(List.of(Answer.of(200), Answer.of(503)));

        run();

        assertThat(sentBatches()).containsExactly(ids.subList(0, 2), ids.subList(2, 4));
        assertThat(ids(parts.events.oldest(10))).containsExactlyElementsOf(ids.subList(2, 4));
    }

    @Test
    void aRetryAfterLongerThanTheBackoffDecidesTheNextAttempt() {
        configure(true, 500);
        record(3);
        collector.answer(new Answer(503, Map.of("Retry-After", "600"), "{\"errorCode\":\"UNAVAILABLE\"}", 0));

        assertThat(run().getMessage()).contains("HTTP 503");

        SendStatus status = parts.store.status();
        assertThat(status.consecutiveFailures()).isEqualTo(1);
        assertThat(status.lastError()).isEqualTo(new SendError(T0, 503,
                "HTTP 503: {\"errorCode\":\"UNAVAILABLE\"}", true));
        assertThat(status.nextAttemptAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(parts.events.count()).isEqualTo(3);

        collector.answer(Answer.of(200));
        clock.advance(Duration.ofSeconds(599));
        assertThat(run().getMessage()).startsWith("Waiting until 2026-11-21T12:10:00Z");
        assertThat(collector.received).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(run().getMessage()).isEqualTo("Sent 3 events.");
        assertThat(collector.received).hasSize(2);
        SendStatus recovered = parts.store.status();
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.nextAttemptAt()).isNull();
        assertThat(recovered.lastError()).as("kept for the administrator").isNotNull();
        assertThat(recovered.lastSuccessAt()).isEqualTo(T0.plusSeconds(600));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 408, 429})
    void serverErrorsTimeoutsAndThrottlingBackOffExponentiallyUpToTheCap(int status) {
        configure(true, 500);
        record(1);
        collector.answer(Answer.of(status));
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant before = clock.instant();
            run();
            Instant next = parts.store.status().nextAttemptAt();
            waits.add(Duration.between(before, next));
            clock.advance(Duration.between(before, next));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1));
        assertThat(collector.received).hasSize(8);
        assertThat(parts.store.status().lastError().retrying()).isTrue();
        assertThat(parts.events.count()).isEqualTo(1);
    }

    @Test
    void aNetworkErrorIsRetried() throws Exception {
        record(1);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        parts.store.saveSettings(new AnalyticsSettings(true, "https://127.0.0.1:" + closedPort + "/ingest", 500,
                10_000), clock.instant());

        assertThat(run().getMessage()).contains("network error");
        SendStatus status = parts.store.status();
        assertThat(status.lastError().status()).isZero();
        assertThat(status.lastError().retrying()).isTrue();
        assertThat(status.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(parts.events.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 409, 422})
    void aRefusedBatchIsNotRetriedBlindlyButShownUntilTheAdministratorActs(int status) {
        configure(true, 500);
        record(2);
        collector.answer(new Answer(status, Map.of(), "{\"errorCode\":\"BAD_HASH\",\"message\":\"no\"}", 0));

        run();
        SendStatus refused = parts.store.status();
        assertThat(refused.lastError().retrying()).isFalse();
        assertThat(refused.lastError().status()).isEqualTo(status);
        assertThat(refused.lastError().message()).contains("BAD_HASH");
        assertThat(refused.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(AnalyticsStatus.of(true, refused, 2, 0).state()).isEqualTo(AnalyticsState.REFUSED);

        clock.advance(Duration.ofHours(1));
        run();
        assertThat(collector.received).as("not again within the day").hasSize(1);

        // The administrator fixes the cause and saves the settings: the next run tries again.
        collector.answer(Answer.of(200));
        clock.advance(Duration.ofSeconds(1));
        configure(true, 500);
        assertThat(run().getMessage()).isEqualTo("Sent 2 events.");
    }

    @Test
    void anotherNodeHoldingTheLockMeansThisRunStandsAside() throws Exception {
        configure(true, 500);
        record(1);
        Thread otherNode = new Thread(() -> parts.locks.getLockForName(AnalyticsSendJob.LOCK).lock());
        otherNode.start();
        otherNode.join();

        JobRunnerResponse response = run();

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.ABORTED);
        assertThat(collector.received).isEmpty();
    }

    @Test
    void rowsThisVersionCannotSendAreDeletedNotSent() throws Exception {
        configure(true, 500);
        record(1);
        db.ao.create(EventEntity.class, Map.of(EventRepository.NAME, "tablewise.retired.event",
                EventRepository.RECORDED_AT, java.util.Date.from(T0), EventRepository.PRODUCT_VERSION, "10.3.6",
                EventRepository.APP_VERSION, "1.0.0"));
        assertThat(run().getMessage()).isEqualTo("Sent 1 event.");
        assertThat(sentBatches()).singleElement().asList().hasSize(1);
        assertThat(parts.events.count()).isZero();
    }
}
