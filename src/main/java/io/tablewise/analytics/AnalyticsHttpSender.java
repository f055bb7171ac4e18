package io.tablewise.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * POSTs one request body to the collector and classifies the answer. It never throws for
 * anything the network or the collector does: the scheduled job gets a {@link SendResult} and
 * decides what to delete, keep or show.
 */
public final class AnalyticsHttpSender {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    // Enough of an error body to show the collector's {errorCode, message}, no more.
    private static final int MAX_BODY_BYTES = 2048;
    private static final int MAX_MESSAGE_CHARS = 200;

    private final HttpClient client;
    private final Duration timeout;
    private final boolean devMode;
    private final Clock clock;

    /**
     * @param sslContext whose trust decides which certificates are accepted; tests pass one
     *     trusting their test certificate
     * @param timeout bound on connecting and on the whole exchange
     * @param devMode whether the instance runs in development mode (allows loopback http://)
     * @param clock turns an HTTP-date {@code Retry-After} into a delay
     */
    public AnalyticsHttpSender(SSLContext sslContext, Duration timeout, boolean devMode, Clock clock) {
        this.timeout = requirePositive(timeout);
        this.devMode = devMode;
        this.clock = Objects.requireNonNull(clock, "clock");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .sslContext(Objects.requireNonNull(sslContext, "sslContext"))
                .connectTimeout(timeout)
                // A redirect could lead to plain http or another host; the endpoint is explicit.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        // Data Center instances behind a proxy configure it with the standard JVM properties.
        ProxySelector proxy = ProxySelector.getDefault();
        if (proxy != null) {
            builder.proxy(proxy);
        }
        this.client = builder.build();
    }

    /** Production: the JDK's default trust store, the system clock. */
    public static AnalyticsHttpSender withDefaultTrust(Duration timeout, boolean devMode) {
        try {
            return new AnalyticsHttpSender(SSLContext.getDefault(), timeout, devMode, Clock.systemUTC());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }

    public SendResult send(String endpoint, Payload payload) {
        return send(endpoint, payload.toJson());
    }

    /** POSTs {@code jsonBody} to {@code endpoint}; see {@link SendResult.Outcome} for the classes. */
    public SendResult send(String endpoint, String jsonBody) {
        URI uri;
        try {
            uri = EndpointPolicy.check(endpoint, devMode);
        } catch (IllegalArgumentException e) {
            return SendResult.rejected(0, "endpoint refused: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "tablewise-analytics/1")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response =
                    client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return classify(response);
        } catch (HttpTimeoutException e) {
            return SendResult.retry(0, Optional.empty(), "no answer within " + timeout.toSeconds() + " s");
        } catch (SSLException e) {
            return SendResult.retry(0, Optional.empty(), "TLS failed: " + safe(e.getMessage()));
        } catch (IOException e) {
            return SendResult.retry(0, Optional.empty(),
                    "network error: " + e.getClass().getSimpleName() + " " + safe(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry(0, Optional.empty(), "interrupted");
        }
    }

    private SendResult classify(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        String excerpt = readExcerpt(response.body());
        if (status >= 200 && status < 300) {
            return SendResult.accepted(status);
        }
        String message = "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
        if (status >= 500 || status == 408 || status == 429) {
            Optional<Duration> retryAfter =
                    RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant());
            return SendResult.retry(status, retryAfter, message);
        }
        return SendResult.rejected(status, message);
    }

    // Reads at most a little of the body and closes the stream either way, so a huge or
    // endless error page cannot hold the job.
    private static String readExcerpt(InputStream body) {
        try (body) {
            return safe(new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        }
    }

    /** Printable ASCII only, whitespace collapsed, bounded: fit for a log line and an admin page. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("[^\\x20-\\x7e]+", " ").replaceAll(" {2,}", " ").trim();
        return printable.length() <= MAX_MESSAGE_CHARS
                ? printable
                : printable.substring(0, MAX_MESSAGE_CHARS) + "...";
    }

    private static Duration requirePositive(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return timeout;
    }
}
