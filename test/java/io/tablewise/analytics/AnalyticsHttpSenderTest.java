package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.analytics.SendResult.Outcome;
import io.tablewise.analytics.TestCollector.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyticsHttpSenderTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private TestCollector collector;
    private final AnalyticsHttpSender sender =
            new AnalyticsHttpSender(TestTls.get().clientTrustingTestCert, TIMEOUT, false, CLOCK);
    private final String body = body();

    @BeforeEach
    void start() throws IOException {
        collector = TestCollector.https();
    }

    @AfterEach
    void stop() {
        collector.close();
    }

    private static String body() {
        Vectors.Case c = Vectors.cases().get(0);
        return new PayloadCodec(Vectors.key())
                .encode(c.tenant(), c.events(), c.nonce(), Instant.ofEpochSecond(c.unixSeconds()))
                .toJson();
    }

    @Test
    void a2xxIsAcceptedAndTheBodyArrivesUnchanged() {
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.status()).isEqualTo(200);
        assertThat(collector.received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(r.body()).isEqualTo(body);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 202, 204})
    void everyTwoHundredIsAccepted(int status) {
        collector.answer(Answer.of(status));
        assertThat(sender.send(collector.url(), body).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void a503WithRetryAfterSecondsIsRetriedNoEarlierThanAsked() {
        collector.answer(new Answer(503, Map.of("Retry-After", "7"), "", 0));
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(BackoffPolicy.defaults().delay(1, result.retryAfter())).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterHttpDateIsADelayFromTheClock() {
        collector.answer(new Answer(503, Map.of("Retry-After", "Sat, 21 Nov 2026 12:02:00 GMT"), "", 0));
        assertThat(sender.send(collector.url(), body).retryAfter()).contains(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 504})
    void timeoutsThrottlingAndServerErrorsAreRetried(int status) {
        collector.answer(Answer.of(status));
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.retryAfter()).isEmpty();
    }

    @Test
    void a409IsRejectedWithTheCollectorsShortReason() {
        collector.answer(new Answer(409, Map.of("Retry-After", "5"),
                "{\"errorCode\":\"REPLAYED_NONCE\",\"message\":\"nonce seen in the last 10 minutes\"}", 0));
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).isEqualTo(409);
        assertThat(result.retryAfter()).isEmpty();
        assertThat(result.message()).startsWith("HTTP 409").contains("REPLAYED_NONCE");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413, 422, 302})
    void otherClientErrorsAndRedirectsAreRejected(int status) {
        collector.answer(new Answer(status, Map.of("Location", "http://127.0.0.1:1/elsewhere"), "", 0));
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).isEqualTo(status);
        assertThat(collector.received).hasSize(1);
    }

    @Test
    void theMessageIsShortAndPrintableWhateverTheCollectorSends() {
        collector.answer(new Answer(400, Map.of(), "bad\u0000\u001b[31m\n" + "x".repeat(100_000), 0));
        SendResult result = sender.send(collector.url(), body);
        assertThat(result.message()).hasSizeLessThanOrEqualTo(220).matches("[\\x20-\\x7e]*");
    }

    @Test
    void httpIsRefusedWithoutConnecting() throws IOException {
        try (TestCollector plain = TestCollector.plainHttp()) {
            SendResult result = sender.send(plain.url(), body);
            assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(result.status()).isZero();
            assertThat(result.message()).startsWith("endpoint refused");
            assertThat(plain.received).isEmpty();
        }
    }

    @Test
    void loopbackHttpIsAllowedInDevMode() throws IOException {
        AnalyticsHttpSender dev = new AnalyticsHttpSender(TestTls.get().clientTrustingTestCert, TIMEOUT, true, CLOCK);
        try (TestCollector plain = TestCollector.plainHttp()) {
            assertThat(dev.send(plain.url(), body).outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(plain.received).hasSize(1);
        }
    }

    @Test
    void nonLoopbackHttpIsRefusedEvenInDevMode() {
        AnalyticsHttpSender dev = new AnalyticsHttpSender(TestTls.get().clientTrustingTestCert, TIMEOUT, true, CLOCK);
        SendResult result = dev.send("http://collector.tablewise.invalid/ingest", body);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).isZero();
    }

    @Test
    void aRefusedConnectionIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SendResult result = sender.send("https://127.0.0.1:" + closedPort + "/ingest", body);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.status()).isZero();
        assertThat(result.message()).startsWith("network error");
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetried() {
        AnalyticsHttpSender impatient =
                new AnalyticsHttpSender(TestTls.get().clientTrustingTestCert, Duration.ofMillis(300), false, CLOCK);
        collector.answer(new Answer(200, Map.of(), "", 3_000));
        long started = System.nanoTime();
        SendResult result = impatient.send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.status()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void theDefaultTrustStoreDoesNotTrustTheTestCertificate() {
        SendResult result = AnalyticsHttpSender.withDefaultTrust(TIMEOUT, false).send(collector.url(), body);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.message()).startsWith("TLS failed");
        assertThat(collector.received).isEmpty();
    }
}
