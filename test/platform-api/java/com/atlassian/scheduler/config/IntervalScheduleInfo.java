package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import javax.annotation.Nullable;
import javax.annotation.concurrent.Immutable;

@Immutable
public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(@Nullable Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0L) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = copy(firstRunTime);
        this.intervalInMillis = intervalInMillis;
    }

    @Nullable
    public Date getFirstRunTime() {
        return copy(firstRunTime);
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
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
        IntervalScheduleInfo other = (IntervalScheduleInfo) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + firstRunTime + ",intervalInMillis=" + intervalInMillis + ']';
    }

    // Date is mutable: copy in and out so the schedule stays immutable.
    private static Date copy(@Nullable Date date) {
        return date == null ? null : new Date(date.getTime());
    }
}
