package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    // RFC 6238 Appendix B, SHA1 column: the 20-byte ASCII seed "12345678901234567890".
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void rfc6238Sha1Vectors(long unixSeconds, String expected) {
        assertThat(Totp.at(RFC_SEED, unixSeconds, 8)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924"})
    void sixDigitsAreTheLastSixAndKeepLeadingZeros(long unixSeconds, String expected) {
        assertThat(Totp.at(RFC_SEED, Instant.ofEpochSecond(unixSeconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "counter {0}")
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "9, 520489"})
    void rfc4226HotpVectors(long counter, String expected) {
        assertThat(Totp.hotp(RFC_SEED, counter, 6)).isEqualTo(expected);
    }

    @Test
    void theCodeIsConstantWithinAStepAndChangesAtItsBoundary() {
        byte[] key = Vectors.key();
        assertThat(Totp.at(key, Instant.ofEpochSecond(30))).isEqualTo(Totp.at(key, Instant.ofEpochSecond(59)));
        assertThat(Totp.at(key, Instant.ofEpochSecond(59))).isNotEqualTo(Totp.at(key, Instant.ofEpochSecond(60)));
    }

    @Test
    void theVectorsOtpsComeOut() {
        for (Vectors.Case c : Vectors.cases()) {
            assertThat(Totp.at(Vectors.key(), Instant.ofEpochSecond(c.unixSeconds())))
                    .as(c.name())
                    .isEqualTo(c.body().get("otp").asText());
        }
    }

    @Test
    void digitsOutsideOneToEightAreRefused() {
        assertThatThrownBy(() -> Totp.at(RFC_SEED, 0, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.at(RFC_SEED, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
