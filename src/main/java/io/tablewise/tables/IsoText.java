package io.tablewise.tables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 text of dates and times, identical to java.time's ISO formatters (seconds always,
 * the fraction with as many digits as it needs, "Z" for UTC) but without their per-call
 * overhead: a page of a million timestamps spends real time here.
 */
final class IsoText {
    private IsoText() {
    }

    static String dateTime(LocalDateTime local, ZoneOffset offset) {
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            return local.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder out = new StringBuilder(36);
        appendDate(out, year, local.getMonthValue(), local.getDayOfMonth());
        out.append('T');
        appendTime(out, local.getHour(), local.getMinute(), local.getSecond(), local.getNano());
        out.append(offset.getId());
        return out.toString();
    }

    /** An instant in UTC ("...Z"), as OffsetDateTime.ofInstant(instant, UTC) would print it. */
    static String utc(java.time.Instant instant) {
        return dateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC),
                ZoneOffset.UTC);
    }

    /**
     * The same text as {@link #utc} written as ASCII into {@code out} (at least 32 bytes from
     * {@code offset}); returns its length, or -1 when the year needs more than four digits (use
     * {@link #utc} then). Bytes, because the page's JSON is UTF-8: no char-to-byte pass.
     */
    static int utc(long epochSecond, int nano, byte[] out, int offset) {
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm): what LocalDate.ofEpochDay
        // computes, without allocating a LocalDate per timestamp.
        long shifted = days + 719_468L;
        long era = Math.floorDiv(shifted, 146_097L);
        int dayOfEra = (int) (shifted - era * 146_097L);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int monthIndex = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return -1;
        }
        int at = digits(out, offset, (int) year, 4);
        out[at++] = '-';
        at = digits(out, at, month, 2);
        out[at++] = '-';
        at = digits(out, at, day, 2);
        out[at++] = 'T';
        at = digits(out, at, secondOfDay / 3600, 2);
        out[at++] = ':';
        at = digits(out, at, secondOfDay / 60 % 60, 2);
        out[at++] = ':';
        at = digits(out, at, secondOfDay % 60, 2);
        if (nano != 0) {
            out[at++] = '.';
            int width = 9;
            int value = nano;
            while (value % 10 == 0) {
                value /= 10;
                width--;
            }
            at = digits(out, at, value, width);
        }
        out[at++] = 'Z';
        return at - offset;
    }

    /** {@code value} as exactly {@code width} decimal digits, zero-padded. */
    private static int digits(byte[] out, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }

    static String date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        StringBuilder out = new StringBuilder(10);
        appendDate(out, year, date.getMonthValue(), date.getDayOfMonth());
        return out.toString();
    }

    static String time(LocalTime time) {
        StringBuilder out = new StringBuilder(18);
        appendTime(out, time.getHour(), time.getMinute(), time.getSecond(), time.getNano());
        return out.toString();
    }

    private static void appendDate(StringBuilder out, int year, int month, int day) {
        pad(out, year, 4);
        out.append('-');
        pad(out, month, 2);
        out.append('-');
        pad(out, day, 2);
    }

    private static void appendTime(StringBuilder out, int hour, int minute, int second, int nano) {
        pad(out, hour, 2);
        out.append(':');
        pad(out, minute, 2);
        out.append(':');
        pad(out, second, 2);
        if (nano != 0) {
            out.append('.');
            int digits = 9;
            int value = nano;
            while (value % 10 == 0) {
                value /= 10;
                digits--;
            }
            pad(out, value, digits);
        }
    }

    private static void pad(StringBuilder out, int value, int width) {
        int length = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            length++;
        }
        for (int i = length; i < width; i++) {
            out.append('0');
        }
        out.append(value);
    }
}
