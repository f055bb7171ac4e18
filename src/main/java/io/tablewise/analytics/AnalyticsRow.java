package io.tablewise.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * api/types.ts AnalyticsRow: one row of a batch exactly as the protocol sends it, same keys,
 * same order. The preview builds these by decoding the encoder's own output, so what the page
 * shows is what would go on the wire.
 */
@JsonPropertyOrder({"ID", "ProductTenant", "Product", "Name", "ProductVersion", "UpdateDate", "AppVersion"})
public record AnalyticsRow(
        @JsonProperty("ID") long id,
        @JsonProperty("ProductTenant") String productTenant,
        @JsonProperty("Product") String product,
        @JsonProperty("Name") String name,
        @JsonProperty("ProductVersion") String productVersion,
        @JsonProperty("UpdateDate") String updateDate,
        @JsonProperty("AppVersion") String appVersion) {
}
