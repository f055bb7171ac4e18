package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
