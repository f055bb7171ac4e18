package io.tablewise.analytics;

import com.atlassian.sal.api.license.LicenseHandler;
import io.tablewise.about.AppInfo;
import java.util.regex.Pattern;

/**
 * The facts every event row repeats: product, versions and the pseudonymous tenant. The raw
 * server id is read here, hashed at once and never kept.
 */
public class AnalyticsInstance {
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
    static final String UNKNOWN_VERSION = "unknown";

    private final AppInfo appInfo;
    private final LicenseHandler licenseHandler;
    private volatile TenantId tenant;

    public AnalyticsInstance(AppInfo appInfo, LicenseHandler licenseHandler) {
        this.appInfo = appInfo;
        this.licenseHandler = licenseHandler;
    }

    /** @throws IllegalStateException on a host that is neither Jira nor Confluence */
    public Product product() {
        try {
            return Product.fromWireName(appInfo.product());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Analytics knows only Jira and Confluence", e);
        }
    }

    public String productVersion() {
        return safeVersion(appInfo.productVersion());
    }

    public String appVersion() {
        return safeVersion(appInfo.appVersion());
    }

    /** @throws IllegalStateException while the instance has no server id (not yet licensed) */
    public TenantId tenant() {
        TenantId known = tenant;
        if (known == null) {
            String serverId = licenseHandler.getServerId();
            if (serverId == null || serverId.isBlank()) {
                throw new IllegalStateException("The instance has no server id yet");
            }
            known = TenantId.of(serverId);
            tenant = known;
        }
        return known;
    }

    // A version field must never carry free text (the protocol's rows are checked for it).
    static String safeVersion(String version) {
        return version != null && VERSION.matcher(version).matches() ? version : UNKNOWN_VERSION;
    }
}
