package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.web.Json;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analytics DTOs against the shared fixtures that test/frontend/api/analytics-wire.test.ts
 * holds to the TypeScript types: each fixture reads into its DTO and writes back unchanged.
 */
class AnalyticsWireContractTest {
    private static final Path FIXTURES = Path.of("test", "fixtures", "wire", "analytics");

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
        "view.json, io.tablewise.analytics.AnalyticsView",
        "view-off.json, io.tablewise.analytics.AnalyticsView",
        "settings.json, io.tablewise.analytics.AnalyticsSettings",
        "preview.json, io.tablewise.analytics.AnalyticsPreview",
        "purge.json, io.tablewise.analytics.AnalyticsPurge"
    })
    void theFixtureRoundTripsThroughTheDto(String fixture, Class<?> dto) throws Exception {
        JsonNode expected = Json.MAPPER.readTree(FIXTURES.resolve(fixture).toFile());
        Object value = Json.MAPPER.treeToValue(expected, dto);
        // Same keys, values and order as the fixture (a tree comparison would tell 3 from 3L).
        assertThat(Json.MAPPER.writeValueAsString(value)).isEqualTo(Json.MAPPER.writeValueAsString(expected));
    }
}
