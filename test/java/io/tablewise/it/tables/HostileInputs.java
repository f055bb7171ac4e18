package io.tablewise.it.tables;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/** Random and hostile names, filters and cursors for the fuzz test; the same seed, the same inputs. */
final class HostileInputs {
    static final List<String> HOSTILE = List.of("", " ", "'", "\"", "`", ";", "--", "/*", "*/", "%", "_", "\\", "\u0000",
            "' OR '1'='1", "\" OR \"1\"=\"1", "jiraissue; DROP TABLE jiraissue; --", "jiraissue\" --", "\"jiraissue\"",
            "jiraissue--", "public.jiraissue", "PUBLIC.\"jiraissue\"", "pg_catalog.pg_user", "information_schema.tables",
            "INFORMATION_SCHEMA.USERS", "pg_shadow", "cwd_user UNION SELECT * FROM cwd_user", "1=1", "NULL", "null",
            "*", "id) FROM cwd_user --", "id, credential", "ctid", "_ROWID_", "ROWID", "oid", "xmin", "$1", "?", ":id",
            "😀", "名前", "\u202Eevil", "\uD800", "a".repeat(300), "x".repeat(5000), "%27", "%00", "\r\n", "\t");

    private final SplittableRandom random;
    private final List<String> tables;
    private final List<String> columns;

    HostileInputs(long seed, List<String> tables, List<String> columns) {
        this.random = new SplittableRandom(seed);
        this.tables = tables;
        this.columns = columns;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String table() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> pick(tables);
            case 2 -> flipCase(pick(tables));
            case 3 -> pick(tables) + pick(HOSTILE);
            case 4 -> pick(HOSTILE);
            default -> randomText();
        };
    }

    String column() {
        return switch (random.nextInt(5)) {
            case 0, 1 -> pick(columns);
            case 2 -> flipCase(pick(columns));
            case 3 -> pick(HOSTILE);
            default -> randomText();
        };
    }

    String columnList() {
        int n = random.nextInt(5);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < n; i++) {
            list.append(i == 0 ? "" : ",").append(column());
        }
        return list.toString();
    }

    String value() {
        return switch (random.nextInt(12)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "\"" + random.nextLong() + "\"";
            case 2 -> "\"900719925474099301\"";
            case 3 -> "1e999999999";
            case 4 -> "\"NaN\"";
            case 5 -> "true";
            case 6 -> "\"2024-02-30T25:61:00Z\"";
            case 7 -> "\"+999999999-12-31T23:59:59Z\"";
            case 8 -> "\"2024-01-01\"";
            case 9 -> "[1,[2,[3]]]";
            case 10 -> "{\"a\":1}";
            default -> jsonString(pick(HOSTILE));
        };
    }

    String filters() {
        if (random.nextInt(10) == 0) {
            return pick(List.of("{", "[", "[{]", "null", "1", "\"x\"", "[null]", "[[]]", "[".repeat(100) + "]".repeat(100),
                    "[{\"column\":\"id\",\"op\":\"EQ\",\"value\":1}] junk", randomText()));
        }
        int n = random.nextInt(4);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"column\":").append(jsonString(column())).append(",\"op\":")
                    .append(jsonString(pick(List.of("EQ", "IN", "RANGE", "IS_NULL", "NOT_NULL", "eq", "LIKE", "", "EQ;"))));
            switch (random.nextInt(5)) {
                case 0 -> json.append(",\"value\":").append(value());
                case 1 -> {
                    json.append(",\"values\":[");
                    int m = random.nextInt(4);
                    for (int j = 0; j < m; j++) {
                        json.append(j == 0 ? "" : ",").append(value());
                    }
                    json.append(']');
                }
                case 2 -> json.append(",\"from\":").append(value()).append(",\"to\":").append(value());
                case 3 -> json.append(",\"").append(pick(List.of("value", "from", "to", "x", "__proto__"))).append("\":")
                        .append(value());
                default -> { }
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    /**
     * A filter the API must accept: a real column and a value of its kind, hostile in content
     * (quotes, comment markers, SQL keywords, far-away numbers and dates), so it reaches the SQL.
     */
    String plausibleFilter(java.util.Map<String, String> kinds) {
        List<String> names = new java.util.ArrayList<>(kinds.keySet());
        String column = pick(names);
        String kind = kinds.get(column);
        String op = pick(List.of("EQ", "IN", "RANGE", "IS_NULL", "NOT_NULL"));
        boolean comparable = !kind.equals("OTHER");
        if (!comparable || op.equals("IS_NULL") || op.equals("NOT_NULL")) {
            return "[{\"column\":" + jsonString(column) + ",\"op\":\"" + (random.nextBoolean() ? "IS_NULL" : "NOT_NULL") + "\"}]";
        }
        String value = plausibleValue(kind);
        return switch (op) {
            case "EQ" -> "[{\"column\":" + jsonString(column) + ",\"op\":\"EQ\",\"value\":" + value + "}]";
            case "IN" -> "[{\"column\":" + jsonString(column) + ",\"op\":\"IN\",\"values\":[" + value + ","
                    + plausibleValue(kind) + "]}]";
            default -> "[{\"column\":" + jsonString(column) + ",\"op\":\"RANGE\",\"from\":" + value + "}]";
        };
    }

    String plausibleValue(String kind) {
        return switch (kind) {
            case "INTEGER" -> Integer.toString(random.nextInt());
            case "BIGINT" -> "\"" + (random.nextBoolean() ? random.nextLong() : random.nextInt(20_000)) + "\"";
            case "DECIMAL" -> "\"" + random.nextInt() + "." + random.nextInt(1000) + "\"";
            case "FLOAT" -> pick(List.of("0.5", "-1e300", "\"NaN\"", "\"Infinity\"", "1"));
            case "BOOLEAN" -> random.nextBoolean() ? "true" : "false";
            case "BINARY" -> jsonString(Base64.getEncoder().encodeToString(randomText().getBytes(StandardCharsets.UTF_8)));
            case "DATE" -> String.format("\"%04d-%02d-%02d\"", 1 + random.nextInt(9999), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            case "TIME" -> "\"12:34:56\"";
            case "TIMESTAMP" -> pick(List.of("\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999+14:00\"",
                    "\"2023-03-26T02:30:00\"", "\"2024-01-01\"", "\"2023-10-29T02:30:00+01:00\""));
            default -> jsonString(pick(HOSTILE).replace("\u0000", ""));
        };
    }

    /** Random bytes, flipped real cursors, and well-formed cursors with hostile contents. */
    String cursor(String realCursor) {
        return switch (random.nextInt(6)) {
            case 0 -> realCursor == null ? randomText() : flip(realCursor);
            case 1 -> base64("{\"v\":1,\"t\":" + jsonString(table()) + ",\"k\":[" + jsonString(column()) + "],\"a\":["
                    + value() + "]}");
            case 2 -> base64("{\"v\":1,\"t\":" + jsonString(table()) + ",\"o\":"
                    + pick(List.of("0", "1", "-1", "9223372036854775807", "1e30", "\"5\"", "1.5")) + "}");
            case 3 -> base64(randomText());
            case 4 -> realCursor == null ? "" : realCursor + pick(HOSTILE);
            default -> randomText();
        };
    }

    String number() {
        return pick(List.of("0", "1", "-1", "10000", "10001", "65535", "65536", "16777216", "16777217", "abc", "1.5",
                "99999999999999999999", "", " 5", "0x10", Integer.toString(random.nextInt(20_000))));
    }

    String randomText() {
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.append((char) (kind < 6 ? 32 + random.nextInt(95) : kind < 8 ? random.nextInt(32) : random.nextInt(0x3000)));
        }
        return text.toString();
    }

    private String flipCase(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            if (random.nextBoolean()) {
                char c = out.charAt(i);
                out.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    private String flip(String cursor) {
        char[] chars = cursor.toCharArray();
        if (chars.length == 0) {
            return "A";
        }
        int at = random.nextInt(chars.length);
        chars[at] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".charAt(random.nextInt(64));
        return new String(chars);
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 32) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
