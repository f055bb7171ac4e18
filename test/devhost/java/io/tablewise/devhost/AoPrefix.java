package io.tablewise.devhost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The product's AO table prefix rule: the last 6 hex digits of MD5(namespace), upper case. */
public final class AoPrefix {
    private AoPrefix() {
    }

    public static String hashOf(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
