package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static String raw(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysetAndOffsetCursorsRoundTrip() {
        List<JsonNode> values = List.of(NODES.textNode("USERPROPS-ö\"x"), NODES.numberNode(900719925474099301L),
                NODES.textNode("k"));
        PageCursor keyset = PageCursor.keyset("os_propertyentry", List.of("entity_name", "entity_id", "entity_key"), values);
        String text = CursorCodec.encode(keyset);
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(CursorCodec.decode(text)).isEqualTo(keyset);
        PageCursor offset = PageCursor.offset("hibernate_unique_key", 12_345);
        assertThat(CursorCodec.decode(CursorCodec.encode(offset))).isEqualTo(offset);
    }

    @Test
    void anythingElseIsBadCursor() {
        for (String bad : new String[] {"", "!!!", "a=b", "eyJ", raw("[]"), raw("null"), raw("{}"),
            raw("{\"v\":2,\"t\":\"x\",\"o\":1}"), raw("{\"v\":1,\"t\":\"x\",\"o\":-1}"), raw("{\"v\":1,\"t\":\"x\",\"o\":1.5}"),
            raw("{\"v\":1,\"t\":\"x\",\"o\":1,\"k\":[\"id\"]}"), raw("{\"v\":1,\"t\":\"x\",\"k\":[\"id\"],\"a\":[]}"),
            raw("{\"v\":1,\"t\":\"x\",\"k\":[],\"a\":[]}"), raw("{\"v\":1,\"t\":\"x\",\"k\":[\"id\"],\"a\":[null]}"),
            raw("{\"v\":1,\"t\":\"x\",\"k\":[\"id\"],\"a\":[{}]}"), raw("{\"v\":1,\"t\":5,\"o\":1}"),
            raw("{\"v\":1,\"t\":\"x\",\"o\":99999999999999999999999}"), "A".repeat(CursorCodec.MAX_LENGTH + 1),
            raw("{\"v\":1,\"t\":\"x\",\"o\":1}") + "=", raw("{\"v\":1,\"t\":\"x\",\"o\":1} trailing")}) {
            assertThatThrownBy(() -> CursorCodec.decode(bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CURSOR));
        }
    }
}
