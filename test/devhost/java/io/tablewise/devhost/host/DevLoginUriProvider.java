package io.tablewise.devhost.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.page.PageCapability;
import com.atlassian.sal.api.user.UserRole;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/** Sends people to the dev host's login form, coming back where they were going. */
public class DevLoginUriProvider implements LoginUriProvider {
    private final String contextPath;

    public DevLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(contextPath + "/login?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }

    @Override
    public URI getLoginUri(URI returnUri, EnumSet<PageCapability> capabilities) {
        return getLoginUri(returnUri);
    }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role) {
        return getLoginUri(returnUri);
    }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> capabilities) {
        return getLoginUri(returnUri);
    }
}
