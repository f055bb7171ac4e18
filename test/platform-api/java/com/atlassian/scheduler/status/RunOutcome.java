package com.atlassian.scheduler.status;

public enum RunOutcome {
    SUCCESS, UNAVAILABLE, ABORTED, FAILED
}
