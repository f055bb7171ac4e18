package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectBuilderTest {

    @Test
    void namesAreQuotedAndQualifiedValuesAreParameters() {
        TableMeta users = TestTables.cwdUser();
        Catalog catalog = TestTables.catalog(Dialect.POSTGRESQL, "public", users);
        SqlQuery query = new SelectBuilder(catalog).select(users, users.columns().subList(0, 2))
                .filters(List.of(new BoundFilter(users.column("user_name"), FilterOp.EQ, List.of("x' OR 1=1 --"), null, null)))
                .after(users.pagingKeyColumns(), List.of(new BigDecimal("10000"))).orderBy(users.pagingKeyColumns())
                .page(1001, null).build();
        // Jira's numeric(18,0) ids are read as BIGINT: exact, and far cheaper for the driver.
        assertThat(query.sql()).isEqualTo("SELECT CAST(tw.\"id\" AS BIGINT), tw.\"user_name\" FROM \"public\".\"cwd_user\" tw"
                + " WHERE (tw.\"user_name\" = ?) AND ((tw.\"id\" > ?)) ORDER BY tw.\"id\" LIMIT ?");
        assertThat(query.params()).containsExactly("x' OR 1=1 --", new BigDecimal("10000"), 1001);
    }

    @Test
    void numericIdsAreNotCastWhereBigintIsNoType() {
        TableMeta users = TestTables.cwdUser();
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.ORACLE, null, users)).select(users, users.columns().subList(0, 1))
                .build().sql()).isEqualTo("SELECT tw.\"id\" FROM \"cwd_user\" tw");
    }

    @Test
    void aQuoteInsideANameIsDoubled() {
        ColumnMeta odd = ColumnMeta.of("we\"ird`", Types.INTEGER, "int4", 10, 0, false);
        TableMeta table = new TableMeta("t\"1", List.of(odd), List.of(), PagingStrategy.FULL_ROW_ORDER, List.of(), null, null);
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.H2, null, table)).select(table, table.columns()).build().sql())
                .isEqualTo("SELECT tw.\"we\"\"ird`\" FROM \"t\"\"1\" tw");
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.MYSQL, null, table)).select(table, table.columns()).build().sql())
                .isEqualTo("SELECT tw.`we\"ird``` FROM `t\"1` tw");
    }

    @Test
    void compositeKeysesetIsPortableAndIndexFriendly() {
        TableMeta props = TestTables.propertyEntry();
        SqlQuery query = new SelectBuilder(TestTables.catalog(Dialect.SQL_SERVER, "dbo", props))
                .select(props, props.columns()).after(props.pagingKeyColumns(), List.of("a", 5L, "k"))
                .orderBy(props.pagingKeyColumns()).page(11, null).build();
        assertThat(query.sql()).endsWith(" WHERE (tw.\"entity_name\" >= ? AND ((tw.\"entity_name\" > ?)"
                + " OR (tw.\"entity_name\" = ? AND tw.\"entity_id\" > ?)"
                + " OR (tw.\"entity_name\" = ? AND tw.\"entity_id\" = ? AND tw.\"entity_key\" > ?)))"
                + " ORDER BY tw.\"entity_name\", tw.\"entity_id\", tw.\"entity_key\" OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        assertThat(query.params()).containsExactly("a", "a", "a", 5L, "a", 5L, "k", 11);
    }

    @Test
    void offsetPagingPerDialect() {
        TableMeta users = TestTables.cwdUser();
        SqlQuery pg = new SelectBuilder(TestTables.catalog(Dialect.POSTGRESQL, null, users)).select(users, List.of())
                .orderBy(users.fullRowOrder()).page(101, 2000L).build();
        assertThat(pg.sql()).isEqualTo("SELECT 1 FROM \"cwd_user\" tw ORDER BY tw.\"id\", tw.\"user_name\", tw.\"credential\","
                + " tw.\"created_date\", tw.\"active\" LIMIT ? OFFSET ?");
        assertThat(pg.params()).containsExactly(101, 2000L);
        SqlQuery oracle = new SelectBuilder(TestTables.catalog(Dialect.ORACLE, "JIRA", users)).select(users, List.of())
                .orderBy(users.pagingKeyColumns()).page(101, 2000L).build();
        assertThat(oracle.sql()).endsWith("FROM \"JIRA\".\"cwd_user\" tw ORDER BY tw.\"id\" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        assertThat(oracle.params()).containsExactly(2000L, 101);
    }

    @Test
    void aKeylessTableIsOrderedByEveryComparableColumnThenTheRowAddress() {
        TableMeta users = TestTables.cwdUser();
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.POSTGRESQL, null, users)).select(users, List.of())
                .orderByFullRow(users.fullRowOrder()).build().sql())
                .endsWith("ORDER BY tw.\"id\", tw.\"user_name\", tw.\"credential\", tw.\"created_date\", tw.\"active\", tw.ctid");
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.H2, null, users)).select(users, List.of())
                .orderByFullRow(List.of()).build().sql()).endsWith(" ORDER BY tw._ROWID_");
        assertThat(new SelectBuilder(TestTables.catalog(Dialect.MYSQL, null, users)).select(users, List.of())
                .orderByFullRow(users.fullRowOrder().subList(0, 1)).build().sql()).endsWith(" ORDER BY tw.`id`");
    }

    @Test
    void inRangeAndNullFilters() {
        TableMeta users = TestTables.cwdUser();
        SqlQuery query = new SelectBuilder(TestTables.catalog(Dialect.H2, null, users)).select(users, users.columns().subList(0, 1))
                .filters(List.of(new BoundFilter(users.column("active"), FilterOp.IN, List.of(1, 2, 3), null, null),
                        new BoundFilter(users.column("id"), FilterOp.RANGE, List.of(), 5, null),
                        new BoundFilter(users.column("created_date"), FilterOp.RANGE, List.of(), 1, 2),
                        new BoundFilter(users.column("note"), FilterOp.IS_NULL, List.of(), null, null),
                        new BoundFilter(users.column("note"), FilterOp.NOT_NULL, List.of(), null, null)))
                .build();
        assertThat(query.sql()).isEqualTo("SELECT CAST(tw.\"id\" AS BIGINT) FROM \"cwd_user\" tw WHERE (tw.\"active\" IN (?, ?, ?))"
                + " AND (tw.\"id\" >= ?) AND (tw.\"created_date\" >= ?) AND (tw.\"created_date\" < ?) AND (tw.\"note\" IS NULL)"
                + " AND (tw.\"note\" IS NOT NULL)");
        assertThat(query.params()).containsExactly(1, 2, 3, 5, 1, 2);
    }
}
