package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NonceSourceTest {
    @Test
    void secureNoncesAreNonNegativeAndDoNotRepeat() {
        NonceSource source = NonceSource.secure();
        Set<Long> seen = new HashSet<>();
        boolean highBitUsed = false;
        for (int i = 0; i < 10_000; i++) {
            long n = source.next();
            assertThat(n).isNotNegative();
            highBitUsed |= n >= 1L << 62;
            seen.add(n);
        }
        assertThat(seen).hasSize(10_000);
        // Half of all draws fall in the top half of the range; none would mean a narrowed range.
        assertThat(highBitUsed).isTrue();
    }
}
