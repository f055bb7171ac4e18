package io.tablewise.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.StreamingOutput;

/**
 * A response body already written to memory, kept in fixed-size chunks: a page of megabytes is
 * never copied into a growing array and then copied again into one of its final size.
 */
public final class JsonBody implements StreamingOutput {
    private final List<byte[]> chunks;
    private final int lastLength;
    private final long size;

    private JsonBody(List<byte[]> chunks, int lastLength, long size) {
        this.chunks = chunks;
        this.lastLength = lastLength;
        this.size = size;
    }

    public long size() {
        return size;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            out.write(chunk, 0, i == chunks.size() - 1 ? lastLength : chunk.length);
        }
    }

    /** Tests and small answers: the body as one array. */
    public byte[] toByteArray() {
        byte[] all = new byte[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int length = i == chunks.size() - 1 ? lastLength : chunks.get(i).length;
            System.arraycopy(chunks.get(i), 0, all, at, length);
            at += length;
        }
        return all;
    }

    /** The stream a JsonGenerator writes to; not thread-safe, unlike ByteArrayOutputStream. */
    static final class Chunks extends OutputStream {
        private final int chunkSize;
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] current;
        private int used;
        private long size;

        Chunks(int chunkSize) {
            this.chunkSize = chunkSize;
        }

        @Override
        public void write(int b) {
            if (current == null || used == current.length) {
                next();
            }
            current[used++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int offset = off;
            int remaining = len;
            while (remaining > 0) {
                if (current == null || used == current.length) {
                    next();
                }
                int n = Math.min(remaining, current.length - used);
                System.arraycopy(b, offset, current, used, n);
                used += n;
                offset += n;
                remaining -= n;
            }
            size += len;
        }

        long size() {
            return size;
        }

        JsonBody body() {
            return new JsonBody(List.copyOf(chunks), current == null ? 0 : used, size);
        }

        private void next() {
            current = new byte[chunkSize];
            chunks.add(current);
            used = 0;
        }
    }
}
