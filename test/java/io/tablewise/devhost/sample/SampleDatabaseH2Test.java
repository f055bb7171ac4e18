package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** The sample on H2 2.x, each test database in memory. */
class SampleDatabaseH2Test extends SampleDatabaseContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    Connection newDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:sample" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0", "sa", "");
    }

    @Override
    void dispose(Connection connection) {
        // an in-memory database disappears with its last connection
    }

    @Override
    String timestampLiteral(String value) {
        return "TIMESTAMP WITH TIME ZONE '" + value + "'";
    }
}
