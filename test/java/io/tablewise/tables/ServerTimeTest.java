package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServerTimeTest {
    private final ServerTime berlin = new ServerTime(ZoneId.of("Europe/Berlin"));

    @Test
    void wallClockTimesKeepTheirDigitsAndGetTheServerOffset() {
        assertThat(berlin.formatLocal(LocalDateTime.parse("2024-01-15T10:00:00"))).isEqualTo("2024-01-15T10:00:00+01:00");
        assertThat(berlin.formatLocal(LocalDateTime.parse("2024-07-15T10:00:00.123456")))
                .isEqualTo("2024-07-15T10:00:00.123456+02:00");
    }

    @Test
    void aTimeInTheSpringGapKeepsItsDigitsWithTheOffsetBeforeTheGap() {
        // 02:30 never happened in Berlin on 2023-03-26, but a timestamp column can hold it.
        assertThat(berlin.formatLocal(LocalDateTime.parse("2023-03-26T02:30:00"))).isEqualTo("2023-03-26T02:30:00+01:00");
    }

    @Test
    void aTimeInTheAutumnOverlapGetsTheEarlierOffset() {
        assertThat(berlin.formatLocal(LocalDateTime.parse("2023-10-29T02:30:00"))).isEqualTo("2023-10-29T02:30:00+02:00");
    }

    @Test
    void parsingReversesFormattingExactly() {
        for (String local : new String[] {"2023-03-26T02:30", "2023-10-29T02:30", "2024-02-29T12:00:00.123456",
            "1970-01-01T00:00", "9999-12-31T00:00"}) {
            LocalDateTime value = LocalDateTime.parse(local);
            OffsetDateTime wire = OffsetDateTime.parse(berlin.formatLocal(value));
            assertThat(berlin.toLocal(wire)).isEqualTo(value);
        }
    }

    @Test
    void anInstantFromAnotherZoneIsConvertedToServerWallClock() {
        assertThat(berlin.toLocal(OffsetDateTime.parse("2024-01-15T09:00:00Z")))
                .isEqualTo(LocalDateTime.parse("2024-01-15T10:00:00"));
        assertThat(berlin.toLocal(OffsetDateTime.parse("2023-10-29T01:30:00Z")))
                .isEqualTo(LocalDateTime.parse("2023-10-29T02:30:00"));
    }
}
