package io.tablewise.analytics;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Builds request bodies per tablewise-analytics/1. Rows are written with Jackson's streaming
 * generator rather than data binding because the byte-exact key order is part of the contract
 * (the hash covers the Base64 of these exact bytes).
 */
public final class PayloadCodec {
    private static final JsonFactory JSON = new JsonFactory();
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private final byte[] key;

    /** @param key the analytics key bytes (UTF-8 of the configured key) */
    public PayloadCodec(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new IllegalArgumentException("the analytics key must not be empty");
        }
        this.key = key.clone();
    }

    public static PayloadCodec withUtf8Key(String key) {
        return new PayloadCodec(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encodes one batch. {@code nonce} must be fresh for every request, retries included;
     * {@code now} is the send time the OTP is computed for.
     */
    public Payload encode(TenantId tenant, List<AnalyticsEvent> events, long nonce, Instant now) {
        if (nonce < 0) {
            throw new IllegalArgumentException("nonce must be in 0 <= n < 2^63");
        }
        String dataEncoded = Base64.getEncoder().encodeToString(rowsJson(tenant, events));
        String nonceText = Long.toString(nonce);
        return new Payload(dataEncoded, nonceText, contentHash(nonceText, dataEncoded), Totp.at(key, now));
    }

    /** Uppercase hex HMAC-SHA1 over ASCII(nonce + "." + dataEncoded). */
    public String contentHash(String nonce, String dataEncoded) {
        byte[] message = (nonce + "." + dataEncoded).getBytes(StandardCharsets.US_ASCII);
        return UPPER_HEX.formatHex(Totp.hmacSha1(key, message));
    }

    /** The UTF-8 bytes of the compact {@code {"dataRows":[...]}} document. */
    public static byte[] rowsJson(TenantId tenant, List<AnalyticsEvent> events) {
        Objects.requireNonNull(tenant, "tenant");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 200 * events.size());
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("dataRows");
            for (AnalyticsEvent event : events) {
                writeRow(json, tenant, event);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void writeRow(JsonGenerator json, TenantId tenant, AnalyticsEvent event)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("ID", event.id());
        json.writeStringField("ProductTenant", tenant.value());
        json.writeStringField("Product", event.product().wireName());
        json.writeStringField("Name", event.name().value());
        json.writeStringField("ProductVersion", event.productVersion());
        json.writeStringField("UpdateDate", DateTimeFormatter.ISO_INSTANT.format(event.updateDate()));
        json.writeStringField("AppVersion", event.appVersion());
        json.writeEndObject();
    }
}
