package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import java.util.Objects;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import javax.annotation.concurrent.Immutable;

@Immutable
public final class JobRunnerResponse {
    private static final int MAX_MESSAGE_LENGTH = 255;

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, @Nullable String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(@Nullable String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, requireText(message, "aborted"));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, requireText(message, "failed"));
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, describe(Objects.requireNonNull(cause, "cause")));
    }

    @Nonnull
    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    @Nullable
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        JobRunnerResponse other = (JobRunnerResponse) o;
        return runOutcome == other.runOutcome && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    private static String requireText(String message, String outcome) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as " + outcome + "!");
        }
        return message;
    }

    // The scheduler stores at most 255 characters: one line per cause, "SimpleName: message".
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < MAX_MESSAGE_LENGTH; t = t.getCause()) {
            if (t != error) {
                text.append('\n');
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) : text.toString();
    }
}
