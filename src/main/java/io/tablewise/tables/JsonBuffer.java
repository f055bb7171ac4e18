package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tablewise.web.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A response body written with Jackson's streaming generator into memory. Pages are bounded
 * (rows and bytes), so buffering them lets a database error still become a clean error response
 * and keeps the transaction as short as the query, not as long as the client's download.
 */
final class JsonBuffer {
    private final ByteArrayOutputStream bytes;
    private final JsonGenerator out;

    JsonBuffer(int initialCapacity) {
        this.bytes = new ByteArrayOutputStream(initialCapacity);
        try {
            this.out = Json.MAPPER.getFactory().createGenerator(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonGenerator json() {
        return out;
    }

    /** Bytes written so far, including what the generator still holds. */
    long size() {
        return bytes.size() + out.getOutputBuffered();
    }

    byte[] finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void stringArray(String field, Iterable<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
