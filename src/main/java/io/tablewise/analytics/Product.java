package io.tablewise.analytics;

import java.util.Locale;

/** The host product, as it appears in the {@code Product} field of an event row. */
public enum Product {
    JIRA,
    CONFLUENCE;

    /** Lowercase, exactly as the protocol spells it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Product fromWireName(String wireName) {
        for (Product product : values()) {
            if (product.wireName().equals(wireName)) {
                return product;
            }
        }
        throw new IllegalArgumentException("unknown product: " + wireName);
    }
}
