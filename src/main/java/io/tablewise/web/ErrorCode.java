package io.tablewise.web;

/** The closed set of error codes of the one error envelope; mirrored in api/types.ts. */
public enum ErrorCode {
    NOT_AUTHENTICATED(401),
    NOT_SYSTEM_ADMIN(403),
    XSRF_CHECK_FAILED(403),
    WEBSUDO_REQUIRED(401),
    NOT_FOUND(404),
    BAD_REQUEST(400),
    UNKNOWN_COLUMN(400),
    BAD_FILTER(400),
    BAD_CURSOR(400),
    NOT_SUPPORTED(400),
    CONFLICT(409),
    DATABASE_ERROR(503),
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
