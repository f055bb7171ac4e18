package com.atlassian.util.profiling;

/** Run-time stand-in, see Metrics. */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
