package io.tablewise.it.tables;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.TestDatabases;

class ReadsH2IT extends ReadsContract {
    @Override
    protected DevDatabase database() {
        return TestDatabases.h2();
    }
}
