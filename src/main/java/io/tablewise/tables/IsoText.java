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
