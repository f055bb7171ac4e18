package io.tablewise.analytics;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 TOTP with HMAC-SHA1 and T0 = 0. The protocol fixes a 30 s step and 6 digits; the
 * digit count is a parameter only so the RFC's own 8-digit test vectors can pin this code.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;

    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
    };

    private Totp() {}

    /** The 6-digit code for the 30 s step containing {@code time}. */
    public static String at(byte[] key, Instant time) {
        return at(key, time.getEpochSecond(), DIGITS);
    }

    public static String at(byte[] key, long unixSeconds, int digits) {
        return hotp(key, Math.floorDiv(unixSeconds, STEP_SECONDS), digits);
    }

    /** RFC 4226 HOTP with dynamic truncation, left-padded with zeros. */
    static String hotp(byte[] key, long counter, int digits) {
        if (digits < 1 || digits >= POWERS_OF_TEN.length) {
            throw new IllegalArgumentException("digits must be 1..8");
        }
        byte[] hash = hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }
}
