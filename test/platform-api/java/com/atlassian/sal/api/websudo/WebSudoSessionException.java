package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() {
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
