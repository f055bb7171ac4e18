package com.atlassian.webresource.api.assembler;

// Every real member returns WebResourceSet, whose FQN the reference doc does not give:
// they are left out (see test/platform-api/README.md).
public interface AssembledResources {
}
