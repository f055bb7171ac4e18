package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {
    // Expected values from coreutils: printf 'tablewise:%s' "$id" | sha256sum | cut -c1-16
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ABCD-1234-EFGH-5678, 1307b04267b4a55f",
        "B8F3-QWER-7Z1K-9X2M, f4a762be25f8849f",
        "ä-server, b664f55cfd528b96"
    })
    void isTheFirstSixteenHexOfSha256OfThePrefixedServerId(String serverId, String expected) {
        TenantId tenant = TenantId.of(serverId);
        assertThat(tenant.value()).isEqualTo(expected);
        assertThat(tenant.toString()).isEqualTo(expected).doesNotContain(serverId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3F9A1C0D5B7E2A64", "3f9a1c0d5b7e2a6", "3f9a1c0d5b7e2a645", "3f9a1c0d5b7e2a6g"})
    void onlySixteenLowercaseHexAreATenant(String value) {
        assertThatThrownBy(() -> new TenantId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankServerIdIsRefused(String serverId) {
        assertThatThrownBy(() -> TenantId.of(serverId)).isInstanceOf(IllegalArgumentException.class);
    }
}
