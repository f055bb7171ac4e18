package com.atlassian.sal.api.page;

public enum PageCapability {
    IFRAME
}
