package io.tablewise.devhost.sample;

import java.sql.SQLException;
import java.util.function.ToLongFunction;

/** A sample table: its real shape, how many rows it gets, and the generator that writes them. */
record SampleTable(TableShape shape, ToLongFunction<SampleWorld> rows, Generator generator) {

    @FunctionalInterface
    interface Generator {
        void write(SampleWorld world, RowSink sink) throws SQLException;
    }

    String name() {
        return shape.name();
    }
}
