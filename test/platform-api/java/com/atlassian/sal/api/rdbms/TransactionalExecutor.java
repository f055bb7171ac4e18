package com.atlassian.sal.api.rdbms;

import io.atlassian.fugue.Option;
import javax.annotation.Nonnull;

public interface TransactionalExecutor {
    <A> A execute(@Nonnull ConnectionCallback<A> callback);

    @Nonnull
    Option<String> getSchemaName();

    @Nonnull
    TransactionalExecutor readOnly();

    @Nonnull
    TransactionalExecutor readWrite();

    @Nonnull
    TransactionalExecutor newTransaction();

    @Nonnull
    TransactionalExecutor existingTransaction();
}
