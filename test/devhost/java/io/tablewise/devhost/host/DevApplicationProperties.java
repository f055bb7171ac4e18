package io.tablewise.devhost.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

/** The dev host posing as Jira 10.3 (or Confluence 9.2 with TABLEWISE_PRODUCT=confluence). */
public class DevApplicationProperties implements ApplicationProperties {
    private final String baseUrl;
    private final boolean confluence;
    private final Path home;

    public DevApplicationProperties(String baseUrl, boolean confluence, Path home) {
        this.baseUrl = baseUrl;
        this.confluence = confluence;
        this.home = home;
    }

    @Override
    @Deprecated
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl;
    }

    @Override
    public String getDisplayName() {
        return confluence ? "Confluence" : "Jira";
    }

    @Override
    public String getPlatformId() {
        return confluence ? PLATFORM_CONFLUENCE : PLATFORM_JIRA;
    }

    @Override
    public String getVersion() {
        return confluence ? "9.2.3" : "10.3.6";
    }

    @Override
    public Date getBuildDate() {
        return new Date(1735689600000L);
    }

    @Override
    public String getBuildNumber() {
        return confluence ? "9203" : "10030006";
    }

    @Override
    @Deprecated
    public File getHomeDirectory() {
        return home.toFile();
    }

    @Override
    public Optional<Path> getLocalHomeDirectory() {
        return Optional.of(home);
    }

    @Override
    public Optional<Path> getSharedHomeDirectory() {
        return Optional.of(home.resolve("shared"));
    }

    @Override
    @Deprecated
    public String getPropertyValue(String key) {
        return null;
    }

    @Override
    public String getApplicationFileEncoding() {
        return "UTF-8";
    }
}
