package com.atlassian.webresource.api.assembler.resource;

public enum ResourcePhase {
    INLINE, REQUIRE, DEFER, INTERACTION
}
