package io.tablewise.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pseudonymous instance id sent as {@code ProductTenant}. Only the hash ever leaves the
 * instance; the raw server id is never stored in this object.
 */
public record TenantId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{16}");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a tenant id is 16 lowercase hex characters");
        }
    }

    /** First 16 lowercase hex characters of SHA-256("tablewise:" + serverId). */
    public static TenantId of(String serverId) {
        Objects.requireNonNull(serverId, "serverId");
        if (serverId.isBlank()) {
            throw new IllegalArgumentException("serverId must not be blank");
        }
        byte[] digest = sha256(("tablewise:" + serverId).getBytes(StandardCharsets.UTF_8));
        return new TenantId(HexFormat.of().formatHex(digest, 0, 8));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
