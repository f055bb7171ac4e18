package io.tablewise.web;

/** The body of every non-2xx response. */
public record ErrorEnvelope(ErrorCode errorCode, String message) {
}
