package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import io.tablewise.web.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The `filters` query parameter: a JSON array of Filter, read strictly (unknown fields are errors). */
public final class FilterParser {
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT = Json.MAPPER.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final int MAX_TEXT = 200_000;
    private static final Set<String> FIELDS = Set.of("column", "op", "value", "values", "from", "to");

    private FilterParser() {
    }

    public static List<Filter> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_TEXT) {
            throw bad("The filters are too long.");
        }
        JsonNode json;
        try {
            json = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw bad("filters must be a JSON array of filters.");
        }
        if (json == null || !json.isArray()) {
            throw bad("filters must be a JSON array of filters.");
        }
        List<Filter> filters = new ArrayList<>();
        for (JsonNode item : json) {
            filters.add(filter(item));
        }
        return filters;
    }

    private static Filter filter(JsonNode item) {
        if (!item.isObject()) {
            throw bad("Each filter must be an object.");
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            if (!FIELDS.contains(names.next())) {
                throw bad("A filter has an unknown field; known: column, op, value, values, from, to.");
            }
        }
        if (!item.path("column").isTextual() || !item.path("op").isTextual()) {
            throw bad("Each filter needs a column and an op.");
        }
        FilterOp op;
        try {
            op = FilterOp.valueOf(item.get("op").textValue());
        } catch (IllegalArgumentException e) {
            throw bad("op must be one of EQ, IN, RANGE, IS_NULL, NOT_NULL.");
        }
        List<JsonNode> values = null;
        if (item.has("values")) {
            if (!item.get("values").isArray()) {
                throw bad("values must be an array.");
            }
            values = new ArrayList<>();
            item.get("values").forEach(values::add);
        }
        return new Filter(item.get("column").textValue(), op, item.get("value"), values, item.get("from"),
                item.get("to"));
    }

    static ApiException bad(String message) {
        return new ApiException(ErrorCode.BAD_FILTER, message);
    }
}
