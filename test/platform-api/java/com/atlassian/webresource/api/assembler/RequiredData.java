package com.atlassian.webresource.api.assembler;

import com.atlassian.webresource.api.assembler.resource.ResourcePhase;

// The Jsonable overloads are left out: the reference doc does not give Jsonable's FQN.
public interface RequiredData {
    RequiredData requireData(String key, Number content);

    RequiredData requireData(String key, Number content, ResourcePhase phase);

    RequiredData requireData(String key, String content);

    RequiredData requireData(String key, String content, ResourcePhase phase);

    RequiredData requireData(String key, Boolean content);

    RequiredData requireData(String key, Boolean content, ResourcePhase phase);
}
