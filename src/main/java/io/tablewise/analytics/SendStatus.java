package io.tablewise.analytics;

import java.time.Instant;

/**
 * What the send job remembers between runs, shared by every node through the settings table.
 * Only the job writes it, under its cluster lock, so writes from two nodes cannot interleave.
 *
 * @param lastSuccessAt when a batch was last acknowledged, null before the first
 * @param lastError the last failure, kept after later successes so the administrator can see it
 * @param nextAttemptAt no send before this instant (back-off), null when not backing off
 * @param consecutiveFailures failed sends since the last success
 */
public record SendStatus(Instant lastSuccessAt, SendError lastError, Instant nextAttemptAt, int consecutiveFailures) {
    public static final SendStatus NEVER_SENT = new SendStatus(null, null, null, 0);

    SendStatus succeeded(Instant at) {
        return new SendStatus(at, lastError, null, 0);
    }

    SendStatus failed(SendError error, Instant nextAttempt) {
        return new SendStatus(lastSuccessAt, error, nextAttempt, consecutiveFailures + 1);
    }

    /** Whether a send may start at {@code now}; saving the settings after a failure lifts the wait. */
    boolean mayAttempt(Instant now, Instant settingsSavedAt) {
        if (nextAttemptAt == null || !now.isBefore(nextAttemptAt)) {
            return true;
        }
        return lastError != null && settingsSavedAt != null && settingsSavedAt.isAfter(lastError.at());
    }
}
