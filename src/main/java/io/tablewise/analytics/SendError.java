package io.tablewise.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * The last failed send, as the administrator sees it.
 *
 * @param status the HTTP status, 0 when there was no HTTP answer
 * @param message short, printable, never the payload (see {@link SendResult#message()})
 * @param retrying true for 5xx/408/429/network errors (kept and retried after back-off), false
 *     when the collector refused the batch (400/409/422...) and sending waits for a day or for
 *     the administrator to save the settings again
 */
public record SendError(Instant at, int status, String message, boolean retrying) {
    public SendError {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
