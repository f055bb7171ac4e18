package io.tablewise.devhost.sample;

import java.util.function.IntUnaryOperator;

/**
 * How many child rows (comments, change groups...) each parent has, with prefix sums so that a
 * child's id follows from its parent's index alone: ids are dense and assigned in parent order.
 */
final class Children {

    private final long[] start;

    Children(int parents, IntUnaryOperator countOf) {
        start = new long[parents + 1];
        for (int i = 0; i < parents; i++) {
            start[i + 1] = start[i] + countOf.applyAsInt(i);
        }
    }

    int count(int parent) {
        return (int) (start[parent + 1] - start[parent]);
    }

    /** Running number of the parent's first child, 0-based over all parents. */
    long first(int parent) {
        return start[parent];
    }

    long total() {
        return start[start.length - 1];
    }
}
