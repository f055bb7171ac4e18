package io.tablewise.about;

import com.atlassian.sal.api.ApplicationProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this app and its host, read once: version, product, product version. */
public class AppInfo {
    private final ApplicationProperties applicationProperties;
    private final String appVersion;

    public AppInfo(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
        this.appVersion = readBuildProperties().getProperty("version", "0.0.0");
    }

    public String appVersion() {
        return appVersion;
    }

    /** "jira" or "confluence", as the analytics protocol and the front end spell it. */
    public String product() {
        String platform = applicationProperties.getPlatformId();
        return ApplicationProperties.PLATFORM_CONFLUENCE.equals(platform) ? "confluence" : platform;
    }

    public String productVersion() {
        return applicationProperties.getVersion();
    }

    /** Read at each call: a product upgrade restarts the plugin anyway, but this costs nothing. */
    public About.Product productDetails() {
        return new About.Product(product(), applicationProperties.getDisplayName(), productVersion(),
                applicationProperties.getBuildNumber());
    }

    private static Properties readBuildProperties() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/tablewise-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
