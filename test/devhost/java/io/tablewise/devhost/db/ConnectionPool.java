package io.tablewise.devhost.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small bounded pool, standing in for the product's: connections are reused (opening one
 * per page would dominate a PostgreSQL export) and never more than `size` exist.
 */
public final class ConnectionPool implements AutoCloseable {
    private final DevDatabase database;
    private final BlockingQueue<Connection> idle;
    private final AtomicInteger open = new AtomicInteger();
    private final int size;

    public ConnectionPool(DevDatabase database, int size) {
        this.database = database;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    public Connection borrow() throws SQLException {
        Connection connection = idle.poll();
        while (connection != null) {
            if (connection.isValid(2)) {
                return connection;
            }
            discard(connection);
            connection = idle.poll();
        }
        if (open.incrementAndGet() <= size) {
            return database.connect();
        }
        open.decrementAndGet();
        try {
            Connection waited = idle.poll(30, TimeUnit.SECONDS);
            if (waited == null) {
                throw new SQLException("No database connection free within 30 s");
            }
            return waited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a connection", e);
        }
    }

    public void giveBack(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            connection.setReadOnly(false);
            if (!idle.offer(connection)) {
                discard(connection);
            }
        } catch (SQLException e) {
            discard(connection);
        }
    }

    private void discard(Connection connection) {
        open.decrementAndGet();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already broken; nothing more to release.
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            discard(connection);
        }
    }
}
