package com.atlassian.beehive;

import javax.annotation.Nonnull;

public interface ClusterLockService {
    ClusterLock getLockForName(@Nonnull String lockName);
}
