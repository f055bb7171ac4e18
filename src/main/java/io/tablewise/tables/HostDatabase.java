package io.tablewise.tables;

import com.atlassian.sal.api.rdbms.RdbmsException;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Tablewise reaches the product's tables: SAL's read-only transactional executor,
 * one short transaction per call. The connection is the host's: we never commit, close it or
 * change its auto-commit. A database failure is logged here and answered with a generic
 * DATABASE_ERROR: the database's own message can quote data or schema details.
 */
public class HostDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(HostDatabase.class);

    /** Work on the host's connection; statements and result sets it opens are its to close. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Carries an SQLException through the host's callback, which may not throw checked ones. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(SQLException cause) {
            super(cause);
        }
    }

    private final TransactionalExecutorFactory executors;

    public HostDatabase(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** The schema the product's tables live in, when the host names one. */
    public String schemaName() {
        return executors.createReadOnly().getSchemaName().getOrNull();
    }

    public <T> T read(String what, Work<T> work) {
        try {
            return execute(work);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Tablewise could not {}", what, unwrap(e));
            throw new ApiException(ErrorCode.DATABASE_ERROR, "The database could not answer; see the server log.");
        }
    }

    /** For optional extras (size estimates): a failure is logged briefly and gives null. */
    public <T> T readOrNull(String what, Work<T> work) {
        try {
            return execute(work);
        } catch (RuntimeException e) {
            LOG.debug("Tablewise could not {} (optional, ignored)", what, unwrap(e));
            return null;
        }
    }

    private <T> T execute(Work<T> work) {
        TransactionalExecutor executor = executors.createReadOnly();
        try {
            return executor.execute(connection -> {
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new Failure(e);
                }
            });
        } catch (RdbmsException e) {
            // A host may wrap what the callback threw; give our own exceptions back their identity.
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw e;
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof Failure || cause instanceof RdbmsException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
