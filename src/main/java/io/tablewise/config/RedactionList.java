package io.tablewise.config;

import java.util.List;

/** api/types.ts RedactionList: GET/PUT /redaction, the administrators' extra redacted columns. */
public record RedactionList(List<String> columns) {
}
