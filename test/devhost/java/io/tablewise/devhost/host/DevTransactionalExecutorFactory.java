package io.tablewise.devhost.host;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.atlassian.fugue.Option;
import io.tablewise.devhost.db.ConnectionPool;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * SAL's JDBC entry as the products implement it: a pooled connection with autoCommit off, read
 * only when asked, committed (or rolled back on failure) by the executor, never by the callback.
 */
public class DevTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final ConnectionPool pool;
    private final String schema;

    public DevTransactionalExecutorFactory(ConnectionPool pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly, requiresNew);
    }

    private final class Executor implements TransactionalExecutor {
        private final boolean readOnly;
        private final boolean requiresNew;

        Executor(boolean readOnly, boolean requiresNew) {
            this.readOnly = readOnly;
            this.requiresNew = requiresNew;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            Connection connection;
            try {
                connection = pool.borrow();
            } catch (SQLException e) {
                throw new RdbmsException("Could not get a connection", e);
            }
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(readOnly);
                A result = callback.execute(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                throw new RdbmsException("Transaction failed", e);
            } finally {
                pool.giveBack(connection);
            }
        }

        @Override
        public Option<String> getSchemaName() {
            return schema == null ? Option.none() : Option.some(schema);
        }

        @Override
        public TransactionalExecutor readOnly() {
            return new Executor(true, requiresNew);
        }

        @Override
        public TransactionalExecutor readWrite() {
            return new Executor(false, requiresNew);
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return new Executor(readOnly, true);
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return new Executor(readOnly, false);
        }
    }
}
