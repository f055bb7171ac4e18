package io.tablewise.devhost.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of one table: names exactly as the real product spells them (always quoted, so H2
 * keeps lower-case core names and upper-case AO names), column order as in the dumps, the
 * primary key with the product's constraint name, and secondary indexes.
 */
record TableShape(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes) {

    /** {@code null} primary key means the table really has none. */
    record PrimaryKey(String constraintName, List<String> columns) {
    }

    record Index(String name, boolean unique, List<String> columns) {
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    /** Jira entity-engine table: PK {@code pk_<table>}. */
    static Builder jira(String name) {
        return new Builder(name, "pk_" + name);
    }

    /** Confluence Hibernate table: PK {@code <table>_pkey}. */
    static Builder confluence(String name) {
        return new Builder(name, name + "_pkey");
    }

    /** Active Objects table: PK {@code "<TABLE>_pkey"}, upper-case names. */
    static Builder activeObjects(String name) {
        return new Builder(name, name + "_pkey");
    }

    static final class Builder {
        private final String name;
        private final String pkConstraint;
        private final List<Column> columns = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private List<String> pkColumns;

        private Builder(String name, String pkConstraint) {
            this.name = name;
            this.pkConstraint = pkConstraint;
        }

        /** Nullable column: in Jira core tables every column but the PK is nullable. */
        Builder col(String column, ColumnType type) {
            columns.add(new Column(column, type, false, null));
            return this;
        }

        Builder notNull(String column, ColumnType type) {
            columns.add(new Column(column, type, true, null));
            return this;
        }

        Builder withDefault(String column, ColumnType type, boolean notNull, String defaultSql) {
            columns.add(new Column(column, type, notNull, defaultSql));
            return this;
        }

        Builder primaryKey(String... pk) {
            this.pkColumns = List.of(pk);
            return this;
        }

        Builder index(String indexName, String... indexColumns) {
            indexes.add(new Index(indexName, false, List.of(indexColumns)));
            return this;
        }

        Builder uniqueIndex(String indexName, String... indexColumns) {
            indexes.add(new Index(indexName, true, List.of(indexColumns)));
            return this;
        }

        /** A table the real product creates without a primary key. */
        TableShape buildWithoutPrimaryKey() {
            if (pkColumns != null) {
                throw new IllegalStateException(name + " declares a primary key");
            }
            return new TableShape(name, List.copyOf(columns), null, List.copyOf(indexes));
        }

        TableShape build() {
            if (pkColumns == null) {
                throw new IllegalStateException(name + " needs primaryKey(...) or buildWithoutPrimaryKey()");
            }
            return new TableShape(name, List.copyOf(columns), new PrimaryKey(pkConstraint, pkColumns), List.copyOf(indexes));
        }
    }
}
