package io.tablewise.devhost.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The database the dev host runs on: an H2 file under the build folder by default, or any JDBC
 * URL (PostgreSQL in practice) with user and password given in the URL or separately.
 */
public record DevDatabase(String url, String user, String password) {

    public static DevDatabase fromEnvironment(String tablewiseDb, Path buildDir) {
        if (tablewiseDb == null || tablewiseDb.isBlank()) {
            Path file = buildDir.resolve("devhost/db/tablewise").toAbsolutePath();
            return new DevDatabase("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }
        return new DevDatabase(tablewiseDb, System.getenv("TABLEWISE_DB_USER"), System.getenv("TABLEWISE_DB_PASSWORD"));
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
