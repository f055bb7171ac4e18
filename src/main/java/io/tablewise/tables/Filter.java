package io.tablewise.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * api/types.ts Filter: one condition on one column. Values stay JSON nodes until they are bound
 * to the column's type, so "10" and 10 and true arrive as the client sent them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Filter(String column, FilterOp op, JsonNode value, List<JsonNode> values, JsonNode from, JsonNode to) {
}
