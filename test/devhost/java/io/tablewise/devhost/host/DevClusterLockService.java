package io.tablewise.devhost.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A one-node cluster: a named lock is a ReentrantLock. */
public class DevClusterLockService implements ClusterLockService {
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new LocalLock());
    }

    private static final class LocalLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Cluster locks have no conditions");
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
        }

        @Override
        public void lock() {
            lock.lock();
        }

        @Override
        public boolean tryLock() {
            return lock.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return lock.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            lock.unlock();
        }
    }
}
