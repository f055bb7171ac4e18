package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import javax.annotation.concurrent.Immutable;

@Immutable
public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, @Nullable TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    @Nonnull
    public String getCronExpression() {
        return cronExpression;
    }

    @Nullable
    public TimeZone getTimeZone() {
        return timeZone;
    }

    // Not in the reference list, but the real class has them and Schedule.equals relies on them.
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        CronScheduleInfo other = (CronScheduleInfo) o;
        return cronExpression.equals(other.cronExpression) && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone="
                + (timeZone != null ? timeZone.getID() : null) + ']';
    }
}
