package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadCodecTest {
    private final PayloadCodec codec = new PayloadCodec(Vectors.key());

    static List<Vectors.Case> cases() {
        return Vectors.cases();
    }

    @Test
    void theRepoCopyOfTheVectorsIsVerbatim() throws Exception {
        assumeTrue(Files.exists(Vectors.SHARED), "shared/ is not beside the repo");
        assertThat(Files.readAllBytes(Vectors.REPO_COPY)).isEqualTo(Files.readAllBytes(Vectors.SHARED));
    }

    @Test
    void everyCaseIsRead() {
        assertThat(cases()).hasSize(Vectors.root().get("cases").size()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowsAreTheExactDecodedJson(Vectors.Case c) {
        byte[] json = PayloadCodec.rowsJson(c.tenant(), c.events());
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(c.decodedJson());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldMatchesByteForByte(Vectors.Case c) {
        Payload payload = codec.encode(c.tenant(), c.events(), c.nonce(), Instant.ofEpochSecond(c.unixSeconds()));
        JsonNode body = c.body();
        assertThat(payload.dataEncoded()).isEqualTo(body.get("dataEncoded").asText());
        assertThat(payload.nonce()).isEqualTo(body.get("nonce").asText());
        assertThat(payload.contentHash()).isEqualTo(body.get("contentHash").asText());
        assertThat(payload.otp()).isEqualTo(body.get("otp").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBodyIsCompactJsonOfTheFourFieldsInOrder(Vectors.Case c) throws Exception {
        Payload payload = codec.encode(c.tenant(), c.events(), c.nonce(), Instant.ofEpochSecond(c.unixSeconds()));
        JsonNode body = c.body();
        String expected = "{\"dataEncoded\":\"" + body.get("dataEncoded").asText()
                + "\",\"nonce\":\"" + body.get("nonce").asText()
                + "\",\"contentHash\":\"" + body.get("contentHash").asText()
                + "\",\"otp\":\"" + body.get("otp").asText() + "\"}";
        assertThat(payload.toJson()).isEqualTo(expected);
        assertThat(new ObjectMapper().readTree(payload.toJson())).isEqualTo(body);
    }

    @Test
    void dataEncodedIsPaddedStandardBase64OfTheRows() {
        Vectors.Case single = cases().get(0);
        Payload payload = codec.encode(single.tenant(), single.events(), 1, Instant.EPOCH);
        assertThat(new String(Base64.getDecoder().decode(payload.dataEncoded()), StandardCharsets.UTF_8))
                .isEqualTo(single.decodedJson());
    }

    @Test
    void aDifferentNonceChangesTheHashButNotTheData() {
        Vectors.Case single = cases().get(0);
        Payload a = codec.encode(single.tenant(), single.events(), 1, Instant.EPOCH);
        Payload b = codec.encode(single.tenant(), single.events(), 2, Instant.EPOCH);
        assertThat(a.dataEncoded()).isEqualTo(b.dataEncoded());
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash()).matches("[0-9A-F]{40}");
    }

    @Test
    void negativeNoncesAndEmptyKeysAreRefused() {
        Vectors.Case single = cases().get(0);
        assertThatThrownBy(() -> codec.encode(single.tenant(), single.events(), -1, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayloadCodec(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCodecKeepsItsOwnCopyOfTheKey() {
        byte[] key = Vectors.key();
        PayloadCodec own = new PayloadCodec(key);
        key[0] ^= 1;
        Vectors.Case single = cases().get(0);
        assertThat(own.encode(single.tenant(), single.events(), single.nonce(), Instant.ofEpochSecond(single.unixSeconds()))
                .contentHash()).isEqualTo(single.body().get("contentHash").asText());
    }
}
