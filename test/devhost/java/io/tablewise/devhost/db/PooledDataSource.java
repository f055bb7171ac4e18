package io.tablewise.devhost.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import net.java.ao.DisposableDataSource;

/**
 * AO's connections from a pool, as the products give AO their pooled data source. Without it
 * AO opens a new database connection for every operation: 20 ms on PostgreSQL, well over 100 ms
 * on a busy machine, which made every audited page of an export pay for a connection setup that
 * a product never pays. Closing a connection hands it back.
 */
public final class PooledDataSource implements DisposableDataSource {
    private final ConnectionPool pool;

    public PooledDataSource(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = pool.borrow();
        real.setAutoCommit(true);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(real));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void dispose() {
        pool.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged here.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The pool has its own wait.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }

    /** The borrowed connection until close(), then nothing: a closed proxy refuses further use. */
    private final class Handler implements InvocationHandler {
        private Connection real;

        Handler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (real != null) {
                        pool.giveBack(real);
                        real = null;
                    }
                    return null;
                }
                case "isClosed" -> {
                    return real == null || real.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    if (real == null) {
                        throw new SQLException("Connection is closed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }
}
