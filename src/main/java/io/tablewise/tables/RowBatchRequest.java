package io.tablewise.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** api/types.ts RowBatchRequest. */
public record RowBatchRequest(List<JsonNode> ids, List<String> columns, Boolean reveal) {
}
