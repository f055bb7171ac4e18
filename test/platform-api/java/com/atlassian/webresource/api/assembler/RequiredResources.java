package com.atlassian.webresource.api.assembler;

import com.atlassian.webresource.api.assembler.resource.ResourcePhase;
import java.util.Set;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

public interface RequiredResources {
    @Nonnull
    RequiredResources requireWebResource(@Nonnull String moduleCompleteKey);

    @Nonnull
    RequiredResources requireWebResource(@Nonnull ResourcePhase phase, @Nonnull String moduleCompleteKey);

    @Nonnull
    RequiredResources requireModule(@Nonnull String moduleName);

    @Nonnull
    RequiredResources requireModule(@Nonnull ResourcePhase phase, @Nonnull String moduleName);

    @Nonnull
    RequiredResources requireContext(@Nonnull String context);

    @Nonnull
    RequiredResources requireContext(@Nonnull ResourcePhase phase, @Nonnull String context);

    @Nonnull
    RequiredResources exclude(@Nullable Set<String> webResources, @Nullable Set<String> contexts);

    @Nonnull
    RequiredResources requirePage(@Nonnull String page);

    @Nonnull
    RequiredResources requirePage(@Nonnull ResourcePhase phase, @Nonnull String page);

    @Nonnull
    RequiredResources excludeSuperbatch();

    @Nonnull
    RequiredResources requireSuperbatch(@Nonnull ResourcePhase phase);
}
