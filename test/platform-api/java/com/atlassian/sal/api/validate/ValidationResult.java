package com.atlassian.sal.api.validate;

// Minimal: the reference doc names this type but lists none of its members.
public class ValidationResult {
    private ValidationResult() {
    }
}
