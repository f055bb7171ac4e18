package io.tablewise.analytics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The four fields of a request body, exactly as they go on the wire. */
public record Payload(String dataEncoded, String nonce, String contentHash, String otp) {
    private static final JsonFactory JSON = new JsonFactory();

    public Payload {
        Objects.requireNonNull(dataEncoded, "dataEncoded");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(otp, "otp");
    }

    /** The request body: compact JSON, fields in protocol order. */
    public String toJson() {
        StringWriter out = new StringWriter(dataEncoded.length() + 160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("dataEncoded", dataEncoded);
            json.writeStringField("nonce", nonce);
            json.writeStringField("contentHash", contentHash);
            json.writeStringField("otp", otp);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
        }
        return out.toString();
    }
}
