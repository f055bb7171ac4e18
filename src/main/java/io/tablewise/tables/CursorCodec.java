package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import io.tablewise.web.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Cursors on the wire: base64url (no padding) of a small JSON object
 * {"v":1,"t":table,"k":[key columns],"a":[last key values]} or {"v":1,"t":table,"o":offset}.
 * Opaque to clients, decoded strictly: anything else is BAD_CURSOR, never a guess.
 */
final class CursorCodec {
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT = Json.MAPPER.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final int MAX_LENGTH = 16_384;
    private static final int VERSION = 1;
    private static final Set<String> KEYSET_FIELDS = Set.of("v", "t", "k", "a");
    private static final Set<String> OFFSET_FIELDS = Set.of("v", "t", "o");

    private CursorCodec() {
    }

    static String encode(PageCursor cursor) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("v", VERSION);
        json.put("t", cursor.table());
        if (cursor.isOffset()) {
            json.put("o", cursor.offset());
        } else {
            ArrayNode columns = json.putArray("k");
            cursor.keyColumns().forEach(columns::add);
            ArrayNode values = json.putArray("a");
            cursor.keyValues().forEach(values::add);
        }
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(json);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PageCursor decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw bad();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                throw bad();
            }
        }
        JsonNode json;
        try {
            byte[] bytes = java.util.Base64.getUrlDecoder().decode(text);
            json = STRICT.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw bad();
        }
        if (json == null || !json.isObject() || !json.path("v").isInt() || json.path("v").intValue() != VERSION
                || !json.path("t").isTextual()) {
            throw bad();
        }
        Set<String> fields = fieldNames(json);
        String table = json.get("t").textValue();
        if (fields.equals(OFFSET_FIELDS)) {
            JsonNode offset = json.get("o");
            if (!offset.isIntegralNumber() || !offset.canConvertToLong() || offset.longValue() < 0) {
                throw bad();
            }
            return PageCursor.offset(table, offset.longValue());
        }
        if (!fields.equals(KEYSET_FIELDS) || !json.get("k").isArray() || !json.get("a").isArray()
                || json.get("k").size() == 0 || json.get("k").size() != json.get("a").size()) {
            throw bad();
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode column : json.get("k")) {
            if (!column.isTextual()) {
                throw bad();
            }
            columns.add(column.textValue());
        }
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode value : json.get("a")) {
            if (!value.isValueNode() || value.isNull()) {
                throw bad();
            }
            values.add(value);
        }
        return PageCursor.keyset(table, columns, values);
    }

    private static Set<String> fieldNames(JsonNode json) {
        Set<String> names = new java.util.HashSet<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    static ApiException bad() {
        return new ApiException(ErrorCode.BAD_CURSOR, "The cursor is not valid for this table; start again without one.");
    }
}
