package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import javax.annotation.Nonnull;

public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    // Cluster locks cannot offer conditions: implementations throw UnsupportedOperationException.
    @Override
    @Nonnull
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
