package io.tablewise.it.support;

import io.tablewise.devhost.DevHost;
import io.tablewise.devhost.DevHostConfig;
import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.devhost.sample.SampleOptions;
import java.sql.Connection;
import java.sql.SQLException;

/** The dev host in-process on a free port, over a seeded sample database, with a client. */
public final class TestHost implements AutoCloseable {
    /** Small enough for fast tests, large enough for every edge value of the sample. */
    public static final SampleOptions SAMPLE = SampleOptions.defaults().withIssues(200);

    private final DevHost host;
    private final DevDatabase database;
    private final Api api;

    private TestHost(DevHost host, DevDatabase database) {
        this.host = host;
        this.database = database;
        this.api = new Api(host.baseUrl());
    }

    public static TestHost start(DevDatabase database) {
        try {
            DevHost host = DevHost.start(DevHostConfig.fromEnvironment().withPort(0).withDatabase(database)
                    .withSample(SAMPLE));
            return new TestHost(host, database);
        } catch (Exception e) {
            throw new IllegalStateException("The dev host did not start", e);
        }
    }

    public String baseUrl() {
        return host.baseUrl();
    }

    public Api api() {
        return api;
    }

    public DevDatabase database() {
        return database;
    }

    public Connection connect() throws SQLException {
        return database.connect();
    }

    public boolean postgres() {
        return database.isPostgres();
    }

    @Override
    public void close() {
        host.close();
    }
}
