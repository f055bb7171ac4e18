package com.atlassian.sal.api.user;

public enum UserRole {
    USER, ADMIN, SYSADMIN
}
