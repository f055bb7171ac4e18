package io.tablewise.analytics;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled sender (once per cluster, and under a cluster lock besides, so an overlapping
 * run on another node cannot send the same rows twice): while analytics is on and no back-off
 * is pending, it sends the oldest events in batches and deletes exactly the rows of each batch
 * the collector acknowledged with a 2xx.
 *
 * <p>5xx, 408, 429 and network errors keep the rows and wait per {@link BackoffPolicy}, at least
 * as long as the collector's {@code Retry-After}. Other refusals (400, 409, 422) keep the rows
 * too, but are not retried blindly: sending waits a day, or until an administrator, who sees
 * the error on the Analytics page, saves the settings again.
 */
public class AnalyticsSendJob implements JobRunner {
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.tablewise.analytics.send");
    public static final JobId JOB_ID = JobId.of("io.tablewise.analytics.send");
    static final String LOCK = "io.tablewise.analytics.send";
    /** At most this many batches per run (10,000 rows at the default size): a run stays short. */
    static final int MAX_BATCHES_PER_RUN = 20;
    static final Duration WAIT_AFTER_REFUSAL = BackoffPolicy.DEFAULT_MAX_RETRY_AFTER;
    static final String BACKOFF_BASE_PROPERTY = "tablewise.analytics.backoff.base";
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsSendJob.class);

    private final AnalyticsSettingsStore store;
    private final EventRepository events;
    private final AnalyticsInstance instance;
    private final ClusterLockService locks;
    private final Supplier<AnalyticsHttpSender> sender;
    private final PayloadCodec codec;
    private final NonceSource nonces;
    private final BackoffPolicy backoff;
    private final Clock clock;
    private volatile AnalyticsHttpSender httpSender;

    public AnalyticsSendJob(AnalyticsSettingsStore store, EventRepository events, AnalyticsInstance instance,
            ClusterLockService locks) {
        this(store, events, instance, locks, null, new PayloadCodec(AnalyticsKey.current()), NonceSource.secure(),
                backoffPolicy(), Clock.systemUTC());
    }

    /** @param sender null for the production sender (JDK default trust store), built on first use */
    AnalyticsSendJob(AnalyticsSettingsStore store, EventRepository events, AnalyticsInstance instance,
            ClusterLockService locks, Supplier<AnalyticsHttpSender> sender, PayloadCodec codec, NonceSource nonces,
            BackoffPolicy backoff, Clock clock) {
        this.store = store;
        this.events = events;
        this.instance = instance;
        this.locks = locks;
        this.sender = sender != null ? sender : this::defaultSender;
        this.codec = codec;
        this.nonces = nonces;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("Another node is sending analytics.");
        }
        try {
            return JobRunnerResponse.success(sendDue(request::isCancellationRequested));
        } catch (RuntimeException e) {
            LOG.warn("Sending analytics failed", e);
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }

    /** One run; the caller holds the lock. Returns what happened, for the scheduler's history. */
    String sendDue(BooleanSupplier cancelled) {
        StoredSettings settings = store.settings();
        if (!settings.enabled()) {
            return "Analytics is off: nothing sent.";
        }
        SendStatus status = store.status();
        if (!status.mayAttempt(clock.instant(), settings.savedAt())) {
            return "Waiting until " + status.nextAttemptAt() + " before the next attempt.";
        }
        TenantId tenant = instance.tenant();
        Product product = instance.product();
        int sent = 0;
        for (int batches = 0; batches < MAX_BATCHES_PER_RUN && !cancelled.getAsBoolean(); batches++) {
            if (batches > 0) {
                // Switching analytics off takes effect before the next batch, not after the run.
                settings = store.settings();
                if (!settings.enabled()) {
                    break;
                }
            }
            EventBatch batch = EventBatch.of(events.oldest(settings.settings().batchSize()), product);
            if (!batch.invalidIds().isEmpty()) {
                LOG.warn("Deleting {} stored analytics events this version cannot send", batch.invalidIds().size());
                events.delete(batch.invalidIds());
            }
            if (batch.events().isEmpty()) {
                if (batch.invalidIds().isEmpty()) {
                    break;
                }
                continue;
            }
            Payload payload = codec.encode(tenant, batch.events(), nonces.next(), clock.instant());
            SendResult result = sender.get().send(settings.settings().endpoint(), payload);
            if (result.outcome() != SendResult.Outcome.ACCEPTED) {
                store.saveStatus(failed(status, result));
                return "Sent " + sent + " events, then: " + result.message();
            }
            // The collector has these rows now. A crash before the delete sends them again with the
            // next run; the collector de-duplicates by (ProductTenant, ID), so each counts once.
            List<Integer> ids = batch.ids();
            events.delete(ids);
            status = status.succeeded(clock.instant());
            store.saveStatus(status);
            sent += ids.size();
        }
        return sent == 1 ? "Sent 1 event." : "Sent " + sent + " events.";
    }

    private SendStatus failed(SendStatus status, SendResult result) {
        Instant now = clock.instant();
        boolean retrying = result.outcome() == SendResult.Outcome.RETRY;
        SendError error = new SendError(now, result.status(), result.message(), retrying);
        Instant next = retrying
                ? backoff.nextAttempt(now, status.consecutiveFailures() + 1, result.retryAfter())
                : now.plus(WAIT_AFTER_REFUSAL);
        LOG.info("Analytics batch not delivered ({}); next attempt not before {}", result.message(), next);
        return status.failed(error, next);
    }

    private AnalyticsHttpSender defaultSender() {
        AnalyticsHttpSender current = httpSender;
        if (current == null) {
            current = AnalyticsHttpSender.withDefaultTrust(AnalyticsHttpSender.DEFAULT_TIMEOUT, DevMode.enabled());
            httpSender = current;
        }
        return current;
    }

    /** The defaults; in development mode a shorter base (ISO-8601, e.g. PT1S) so tests need not wait minutes. */
    static BackoffPolicy backoffPolicy() {
        return DevMode.property(BACKOFF_BASE_PROPERTY)
                .flatMap(AnalyticsSendJob::duration)
                .filter(base -> !base.isNegative() && !base.isZero() && base.compareTo(BackoffPolicy.DEFAULT_CAP) <= 0)
                .map(base -> new BackoffPolicy(base, BackoffPolicy.DEFAULT_CAP, BackoffPolicy.DEFAULT_MAX_RETRY_AFTER,
                        () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble()))
                .orElseGet(BackoffPolicy::defaults);
    }

    private static java.util.Optional<Duration> duration(String text) {
        try {
            return java.util.Optional.of(Duration.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            LOG.warn("Ignoring {}={}: not an ISO-8601 duration", BACKOFF_BASE_PROPERTY, text);
            return java.util.Optional.empty();
        }
    }
}
