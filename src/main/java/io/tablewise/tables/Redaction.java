package io.tablewise.tables;

/** Why a column is redacted by default (api/types.ts Redaction). */
public record Redaction(String reason, String rule) {
}
