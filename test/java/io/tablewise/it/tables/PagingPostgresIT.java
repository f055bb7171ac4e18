package io.tablewise.it.tables;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.TestDatabases;

class PagingPostgresIT extends PagingContract {
    @Override
    protected DevDatabase database() {
        return TestDatabases.postgres();
    }
}
