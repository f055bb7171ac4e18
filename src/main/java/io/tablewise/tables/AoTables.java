package io.tablewise.tables;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Active Objects table names: AO_ + the owner's 6-hex id (last 6 hex of MD5 of its namespace) + _. */
final class AoTables {
    /** Our AO namespace, fixed in atlassian-plugin.xml. */
    static final String OWN_NAMESPACE = "tablewise";
    /** Computed, not typed: MD5("tablewise") ends in ...fb3bdf1, so our tables are AO_B3BDF1_*. */
    static final String OWN_ID = idOf(OWN_NAMESPACE);
    private static final Pattern AO_NAME = Pattern.compile("^AO_([0-9A-F]{6})_", Pattern.CASE_INSENSITIVE);

    private AoTables() {
    }

    /** The owner id in upper case, or null for a product table. */
    static String ownerOf(String table) {
        Matcher matcher = AO_NAME.matcher(table);
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The owner id AO derives from a namespace: the last 6 hex digits of its MD5, upper case. */
    static String idOf(String namespace) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest(namespace.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(md5);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static TableGroup groupOf(String table) {
        String owner = ownerOf(table);
        if (owner == null) {
            return TableGroup.CORE;
        }
        return OWN_ID.equals(owner) ? TableGroup.THIS_APP : TableGroup.OTHER_APP;
    }
}
