package io.tablewise.audit;

import io.tablewise.tables.Filter;
import java.util.List;
import java.util.Map;

/** api/types.ts ExportStart: POST /exports. */
public record ExportStart(List<String> tables, ExportFormat format, ExportClient client,
        Map<String, List<String>> columns, Map<String, List<Filter>> filters, Boolean reveal,
        String clientRequestId) {
}
