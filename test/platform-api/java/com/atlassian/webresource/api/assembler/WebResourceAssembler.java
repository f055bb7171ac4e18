package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    AssembledResources assembled();

    RequiredResources resources();

    RequiredData data();

    WebResourceAssembler copy();
}
