package io.tablewise.tables;

import java.util.List;

/** SQL text built only from catalog names and placeholders, and the values bound to them. */
record SqlQuery(String sql, List<Object> params) {
}
