package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tablewise.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A response body written with Jackson's streaming generator into memory. Pages are bounded
 * (rows and bytes), so buffering them lets a database error still become a clean error response
 * and keeps the transaction as short as the query, not as long as the client's download.
 */
final class JsonBuffer {
    private final JsonBody.Chunks bytes;
    private final JsonGenerator out;

    JsonBuffer(int chunkSize) {
        this.bytes = new JsonBody.Chunks(chunkSize);
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

    JsonBody finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.body();
    }

    void stringArray(String field, Iterable<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
