package io.tablewise.devhost.sample;

/**
 * Confluence's Hibernate hi/lo ids: {@code hi × 32768 + lo} with lo from 1, so the observed ids
 * look like 131073, 196609 (k·32768 + 1). Every table draws whole blocks from the one
 * {@code hibernate_unique_key.next_hi}; here each table gets consecutive blocks of its own.
 */
record HiLoIds(long firstHi, long count) {

    static final int BLOCK = 32768;
    private static final int IDS_PER_BLOCK = BLOCK - 1;

    long id(long n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException(n + " of " + count);
        }
        return (firstHi + n / IDS_PER_BLOCK) * BLOCK + 1 + n % IDS_PER_BLOCK;
    }

    long nextHi() {
        return firstHi + Math.max(1, (count + IDS_PER_BLOCK - 1) / IDS_PER_BLOCK);
    }

    HiLoIds followedBy(long nextCount) {
        return new HiLoIds(nextHi(), nextCount);
    }
}
