package io.tablewise.privacy;

/** api/types.ts Retention: GET/PUT /retention. Boxed so a missing field is reported, not read as 0. */
public record Retention(Integer auditDays) {
}
