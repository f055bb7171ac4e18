package io.tablewise.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few pages served for each running export on this node, so that a page the engine asks
 * for again (a retry after a dropped connection, or a resume from its last checkpoint, which is
 * at most a couple of pages back) is not counted twice: an export's audit entry counts the rows
 * that left, each once. In memory and bounded; a retry that reaches another node of a cluster,
 * or comes after a restart, is counted again.
 */
final class RecentPages {
    /** Pages remembered per export: the prefetched page, the checkpoint before it, and some slack. */
    static final int PAGES_PER_EXPORT = 8;
    static final int EXPORTS = 512;

    private final Map<String, Deque<String>> byExport = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
            return size() > EXPORTS;
        }
    };

    /**
     * Whether this export was already served this page of {@code table} ({@code page}: its cursor
     * and size, as the request gave them); remembers it either way.
     */
    synchronized boolean repeat(String exportId, String table, String page) {
        String key = table + '\u0000' + page;
        Deque<String> pages = byExport.computeIfAbsent(exportId, id -> new ArrayDeque<>());
        if (pages.contains(key)) {
            return true;
        }
        pages.addLast(key);
        if (pages.size() > PAGES_PER_EXPORT) {
            pages.removeFirst();
        }
        return false;
    }
}
