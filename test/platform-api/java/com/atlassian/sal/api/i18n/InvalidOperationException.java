package com.atlassian.sal.api.i18n;

// Minimal: the reference doc gives only the declaration, so no constructor is public.
public class InvalidOperationException extends Exception {
    private InvalidOperationException() {
    }
}
