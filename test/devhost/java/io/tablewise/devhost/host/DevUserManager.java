package io.tablewise.devhost.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.tablewise.devhost.host.DevUsers.DevUser;
import io.tablewise.devhost.host.DevUsers.Role;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

/** SAL's UserManager over the three dev users; the remote user is what the auth filter found. */
public class DevUserManager implements UserManager {

    @Override
    @Deprecated
    public String getRemoteUsername() {
        return getRemoteUsername(CurrentRequest.get());
    }

    @Override
    public UserProfile getRemoteUser() {
        return getRemoteUser(CurrentRequest.get());
    }

    @Override
    public UserKey getRemoteUserKey() {
        return getRemoteUserKey(CurrentRequest.get());
    }

    @Override
    @Deprecated
    public String getRemoteUsername(HttpServletRequest request) {
        DevUser user = CurrentRequest.user(request);
        return user == null ? null : user.name();
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        DevUser user = CurrentRequest.user(request);
        return user == null ? null : profile(user);
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        DevUser user = CurrentRequest.user(request);
        return user == null ? null : user.key();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return DevUsers.byName(username).map(DevUserManager::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : DevUsers.byKey(userKey).map(DevUserManager::profile).orElse(null);
    }

    @Override
    @Deprecated
    public boolean isUserInGroup(String username, String group) {
        return DevUsers.byName(username).map(u -> inGroup(u, group)).orElse(false);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && DevUsers.byKey(userKey).map(u -> inGroup(u, group)).orElse(false);
    }

    @Override
    @Deprecated
    public boolean isSystemAdmin(String username) {
        return DevUsers.byName(username).map(u -> u.role() == Role.SYSADMIN).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && DevUsers.byKey(userKey).map(u -> u.role() == Role.SYSADMIN).orElse(false);
    }

    @Override
    @Deprecated
    public boolean isAdmin(String username) {
        return DevUsers.byName(username).map(u -> u.role() != Role.USER).orElse(false);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && DevUsers.byKey(userKey).map(u -> u.role() != Role.USER).orElse(false);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && DevUsers.byKey(userKey).isPresent();
    }

    @Override
    public boolean authenticate(String username, String password) {
        return DevUsers.authenticate(username, password).isPresent();
    }

    @Override
    public Principal resolve(String username) {
        return DevUsers.byName(username).<Principal>map(u -> u::name).orElse(null);
    }

    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        return List.of("jira-administrators", "jira-software-users", "jira-system-administrators").stream()
                .filter(g -> g.startsWith(prefix)).skip(startIndex).limit(maxResults).toList();
    }

    @Override
    public boolean isAnonymousAccessEnabled() {
        return false;
    }

    @Override
    public boolean isLimitedUnlicensedAccessEnabled() {
        return false;
    }

    private static boolean inGroup(DevUser user, String group) {
        return switch (group) {
            case "jira-system-administrators" -> user.role() == Role.SYSADMIN;
            case "jira-administrators" -> user.role() != Role.USER;
            case "jira-software-users" -> true;
            default -> false;
        };
    }

    private static UserProfile profile(DevUser user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return user.key();
            }

            @Override
            public String getUsername() {
                return user.name();
            }

            @Override
            public String getFullName() {
                return user.fullName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }

            @Override
            public URI getProfilePictureUri(int width, int height) {
                return null;
            }

            @Override
            public URI getProfilePictureUri() {
                return null;
            }

            @Override
            public URI getProfilePageUri() {
                return null;
            }
        };
    }
}
