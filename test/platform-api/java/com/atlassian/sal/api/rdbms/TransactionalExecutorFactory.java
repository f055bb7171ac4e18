package com.atlassian.sal.api.rdbms;

// SAL 5 made all four methods default; only createExecutor(boolean, boolean) is left for the host,
// so a host that does not override it fails loudly, as the real interface does.
public interface TransactionalExecutorFactory {
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("createExecutor(boolean, boolean) is not implemented by this host");
    }

    @Deprecated
    default TransactionalExecutor createExecutor() {
        return createExecutor(true, false);
    }
}
