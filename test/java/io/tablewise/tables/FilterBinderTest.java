package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterBinderTest {
    private final FilterBinder binder = new FilterBinder(new WireValues(new ServerTime(ZoneId.of("UTC"))));
    private final TableMeta users = TestTables.cwdUser();

    private List<BoundFilter> bind(String json, boolean reveal) {
        return binder.bind(users, FilterParser.parse(json), Redactions.builtInOnly(), reveal);
    }

    private static void badFilter(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILTER));
    }

    @Test
    void eachOpBindsTypedValues() {
        List<BoundFilter> bound = bind("""
                [{"column":"id","op":"EQ","value":"10000"},
                 {"column":"ID","op":"IN","values":[1,"2"]},
                 {"column":"created_date","op":"RANGE","from":"2024-01-01","to":"2024-02-01T00:00:00Z"},
                 {"column":"user_name","op":"IS_NULL"},
                 {"column":"note","op":"NOT_NULL"}]""", false);
        assertThat(bound).hasSize(5);
        assertThat(bound.get(0).values()).containsExactly(new BigDecimal("10000"));
        assertThat(bound.get(1).column().name()).isEqualTo("id");
        assertThat(bound.get(1).values()).containsExactly(BigDecimal.ONE, new BigDecimal("2"));
        assertThat(bound.get(2).from()).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00Z"));
        assertThat(bound.get(2).to()).isEqualTo(OffsetDateTime.parse("2024-02-01T00:00:00Z"));
        assertThat(bound.get(3).op()).isEqualTo(FilterOp.IS_NULL);
        assertThat(bind("", false)).isEmpty();
        assertThat(bind("[]", false)).isEmpty();
    }

    @Test
    void malformedFiltersAreBadFilter() {
        for (String json : new String[] {"{", "{}", "[1]", "[{\"column\":\"id\"}]", "[{\"column\":\"id\",\"op\":\"LIKE\",\"value\":1}]",
            "[{\"column\":\"id\",\"op\":\"EQ\"}]", "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":null}]",
            "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":1,\"values\":[1]}]", "[{\"column\":\"id\",\"op\":\"IN\",\"values\":[]}]",
            "[{\"column\":\"id\",\"op\":\"IN\",\"values\":5}]", "[{\"column\":\"id\",\"op\":\"RANGE\"}]",
            "[{\"column\":\"id\",\"op\":\"IS_NULL\",\"value\":1}]", "[{\"column\":\"nope\",\"op\":\"IS_NULL\"}]",
            "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":\"x\"}]", "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":1,\"x\":1}]",
            "[{\"column\":\"note\",\"op\":\"EQ\",\"value\":\"x\"}]", "[{\"column\":1,\"op\":\"EQ\",\"value\":1}] ",
            "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":[1]}]", "[] []"}) {
            badFilter(() -> bind(json, false));
        }
    }

    @Test
    void limitsHold() {
        String many = "[" + "{\"column\":\"id\",\"op\":\"IS_NULL\"},".repeat(FilterBinder.MAX_FILTERS) + "{\"column\":\"id\",\"op\":\"IS_NULL\"}]";
        badFilter(() -> bind(many, false));
        StringBuilder in = new StringBuilder("[{\"column\":\"id\",\"op\":\"IN\",\"values\":[0");
        for (int i = 1; i <= FilterBinder.MAX_IN_VALUES; i++) {
            in.append(',').append(i);
        }
        badFilter(() -> bind(in.append("]}]").toString(), false));
    }

    @Test
    void aRedactedColumnCanOnlyBeFilteredWhenRevealing() {
        String json = "[{\"column\":\"credential\",\"op\":\"EQ\",\"value\":\"{PKCS5S2}x\"}]";
        badFilter(() -> bind(json, false));
        assertThat(bind(json, true)).hasSize(1);
        badFilter(() -> binder.bind(users, FilterParser.parse("[{\"column\":\"user_name\",\"op\":\"IS_NULL\"}]"),
                new Redactions(Set.of("CWD_USER.user_name")), false).size());
    }
}
