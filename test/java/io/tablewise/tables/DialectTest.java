package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void chosenByJdbcProductName() {
        assertThat(Dialect.of("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.of("H2")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("MySQL")).isEqualTo(Dialect.MYSQL);
        assertThat(Dialect.of("MariaDB")).isEqualTo(Dialect.MYSQL);
        assertThat(Dialect.of("Microsoft SQL Server")).isEqualTo(Dialect.SQL_SERVER);
        assertThat(Dialect.of("Oracle")).isEqualTo(Dialect.ORACLE);
        assertThat(Dialect.of("HSQL Database Engine")).isEqualTo(Dialect.OTHER);
        assertThat(Dialect.of(null)).isEqualTo(Dialect.OTHER);
    }

    @Test
    void pagingSyntax() {
        assertThat(Dialect.POSTGRESQL.pagingClause(false)).isEqualTo(" LIMIT ?");
        assertThat(Dialect.MYSQL.pagingClause(true)).isEqualTo(" LIMIT ? OFFSET ?");
        assertThat(Dialect.SQL_SERVER.pagingClause(false)).isEqualTo(" OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        assertThat(Dialect.ORACLE.pagingClause(true)).isEqualTo(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        assertThat(Dialect.H2.pagingParams(10, 20L)).containsExactly(10, 20L);
        assertThat(Dialect.ORACLE.pagingParams(10, 20L)).containsExactly(20L, 10);
        assertThat(Dialect.ORACLE.pagingParams(10, null)).containsExactly(10);
    }
}
