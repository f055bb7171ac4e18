package io.tablewise.it.support;

import io.tablewise.devhost.db.DevDatabase;
import java.sql.Connection;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One dev host per test class, over the database a subclass names. The JVM runs in
 * Europe/Berlin while it lives, so wall-clock timestamps cross real DST gaps and overlaps on the
 * wire (the server zone is the JVM's, as in the products).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostedTest {
    protected TestHost host;
    protected Api api;
    private TimeZone previousZone;

    protected abstract DevDatabase database();

    @BeforeAll
    void startHost() throws Exception {
        DevDatabase database = database();
        previousZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try (Connection connection = database.connect()) {
            ExtraTables.create(connection);
        }
        host = TestHost.start(database);
        api = host.api();
    }

    @AfterAll
    void stopHost() {
        if (host != null) {
            host.close();
        }
        if (previousZone != null) {
            TimeZone.setDefault(previousZone);
        }
    }
}
