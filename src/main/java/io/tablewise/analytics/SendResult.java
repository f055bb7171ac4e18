package io.tablewise.analytics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one POST ended, already classified for the scheduled job.
 *
 * @param status the HTTP status, or 0 when there was no HTTP answer (network error, timeout,
 *     or an endpoint the sender refused before connecting)
 * @param retryAfter the collector's {@code Retry-After}, as a delay from when it answered; only
 *     on {@link Outcome#RETRY}
 * @param message short text for the administrator; never contains the payload
 */
public record SendResult(Outcome outcome, int status, Optional<Duration> retryAfter, String message) {

    public enum Outcome {
        /** 2xx: delete exactly the rows that were sent. */
        ACCEPTED,
        /** 5xx, 408, 429 or no answer: keep the rows, back off, try again with a fresh nonce. */
        RETRY,
        /** Other 4xx (400, 409, 422, ...), other statuses, refused endpoint: show the admin. */
        REJECTED
    }

    public SendResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(message, "message");
    }

    static SendResult accepted(int status) {
        return new SendResult(Outcome.ACCEPTED, status, Optional.empty(), "HTTP " + status);
    }

    static SendResult retry(int status, Optional<Duration> retryAfter, String message) {
        return new SendResult(Outcome.RETRY, status, retryAfter, message);
    }

    static SendResult rejected(int status, String message) {
        return new SendResult(Outcome.REJECTED, status, Optional.empty(), message);
    }
}
