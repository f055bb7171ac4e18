package io.tablewise.it.catalog;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.TestDatabases;

class CatalogScalePostgresIT extends CatalogScaleContract {
    @Override
    protected DevDatabase database() {
        return TestDatabases.postgres();
    }
}
