package com.atlassian.sal.api;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

public interface ApplicationProperties {
    String PLATFORM_BAMBOO = "bamboo";
    String PLATFORM_BITBUCKET = "bitbucket";
    String PLATFORM_CONFLUENCE = "conf";
    String PLATFORM_CROWD = "crowd";
    String PLATFORM_FECRU = "fisheye";
    String PLATFORM_JIRA = "jira";
    String PLATFORM_STASH = "stash";

    @Deprecated
    String getBaseUrl();

    @Nonnull
    String getBaseUrl(UrlMode urlMode);

    @Nonnull
    String getDisplayName();

    @Nonnull
    String getPlatformId();

    @Nonnull
    String getVersion();

    @Nonnull
    Date getBuildDate();

    @Nonnull
    String getBuildNumber();

    @Nullable
    @Deprecated
    File getHomeDirectory();

    @Nonnull
    Optional<Path> getLocalHomeDirectory();

    @Nonnull
    Optional<Path> getSharedHomeDirectory();

    @Deprecated
    String getPropertyValue(String key);

    @Nonnull
    String getApplicationFileEncoding();
}
