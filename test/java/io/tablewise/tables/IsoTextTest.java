package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** IsoText is a fast path: it must print exactly what java.time's ISO formatters print. */
class IsoTextTest {

    @Test
    void matchesJavaTimeOnRandomValues() {
        SplittableRandom random = new SplittableRandom(7);
        ZoneOffset[] offsets = {ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.ofHoursMinutesSeconds(0, 53, 28)};
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            LocalDateTime value = LocalDateTime.of(random.nextInt(1, 10_000), random.nextInt(1, 13),
                    random.nextInt(1, 29), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);
            ZoneOffset offset = offsets[i % offsets.length];
            assertThat(IsoText.dateTime(value, offset))
                    .isEqualTo(value.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            assertThat(IsoText.date(value.toLocalDate())).isEqualTo(value.toLocalDate().toString());
            assertThat(IsoText.time(value.toLocalTime()))
                    .isEqualTo(value.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME));
        }
    }

    @Test
    void instantsInUtcIntoABufferMatchJavaTime() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] out = new byte[40];
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_135_596_800L, 253_402_300_799L);
            int nano = i % 3 == 0 ? 0 : i % 3 == 1 ? random.nextInt(1_000_000) * 1000 : random.nextInt(1_000_000_000);
            java.time.Instant instant = java.time.Instant.ofEpochSecond(second, nano);
            String expected = instant.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            int length = IsoText.utc(second, nano, out, 0);
            assertThat(new String(out, 0, length, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(expected);
            assertThat(IsoText.utc(instant)).isEqualTo(expected);
        }
        assertThat(IsoText.utc(253_402_300_800L, 0, out, 0)).isEqualTo(-1);
        for (long second : new long[] {-62_135_596_801L, -62_167_219_200L, -1L, 0L, 951_782_400L, 253_402_300_799L}) {
            String expected = java.time.Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            int length = IsoText.utc(second, 0, out, 3);
            assertThat(new String(out, 3, length, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    @Test
    void onlyQuotesBackslashesAndControlCharactersNeedEscaping() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (String clean : new String[] {"", "plain text", "Ünïcödé ✓ 😀", "tab-free\u007f", "a/b"}) {
            assertThat(ValueReader.needsEscaping(clean.getBytes(utf8))).as(clean).isFalse();
        }
        for (String dirty : new String[] {"say \"hi\"", "C:\\dir", "line\nbreak", "\r", "\t", "\u0000", "\u001f"}) {
            assertThat(ValueReader.needsEscaping(dirty.getBytes(utf8))).as(dirty).isTrue();
        }
    }

    @Test
    void longDigits() {
        byte[] out = new byte[40];
        for (long value : new long[] {0, 7, -7, 10_000, 900_719_925_474_099_301L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            int length = ValueReader.longDigits(value, out, out.length);
            assertThat(new String(out, out.length - length, length, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo(Long.toString(value));
        }
    }

    @Test
    void edgeValues() {
        assertThat(IsoText.dateTime(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000), ZoneOffset.UTC))
                .isEqualTo("2024-02-29T23:59:59.999999Z");
        assertThat(IsoText.dateTime(LocalDateTime.of(1, 1, 1, 0, 0), ZoneOffset.UTC)).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(IsoText.dateTime(LocalDateTime.of(12_345, 1, 1, 0, 0), ZoneOffset.UTC))
                .isEqualTo("+12345-01-01T00:00:00Z");
        assertThat(IsoText.date(LocalDate.of(-44, 3, 15))).isEqualTo("-0044-03-15");
        assertThat(IsoText.time(LocalTime.of(10, 15))).isEqualTo("10:15:00");
        assertThat(IsoText.time(LocalTime.of(0, 0, 0, 500_000_000))).isEqualTo("00:00:00.5");
    }
}
