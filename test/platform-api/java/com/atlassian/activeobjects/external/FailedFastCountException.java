package com.atlassian.activeobjects.external;

public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
