package com.atlassian.sal.api.user;

import java.security.Principal;
import javax.annotation.Nullable;
import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    @Deprecated
    @Nullable
    String getRemoteUsername();

    @Nullable
    UserProfile getRemoteUser();

    @Nullable
    UserKey getRemoteUserKey();

    @Deprecated
    @Nullable
    String getRemoteUsername(HttpServletRequest request);

    @Nullable
    UserProfile getRemoteUser(HttpServletRequest request);

    @Nullable
    UserKey getRemoteUserKey(HttpServletRequest request);

    @Nullable
    UserProfile getUserProfile(@Nullable String username);

    @Nullable
    UserProfile getUserProfile(@Nullable UserKey userKey);

    @Deprecated
    boolean isUserInGroup(@Nullable String username, @Nullable String group);

    boolean isUserInGroup(@Nullable UserKey userKey, @Nullable String group);

    @Deprecated
    boolean isSystemAdmin(@Nullable String username);

    boolean isSystemAdmin(@Nullable UserKey userKey);

    @Deprecated
    boolean isAdmin(@Nullable String username);

    boolean isAdmin(@Nullable UserKey userKey);

    boolean isLicensed(@Nullable UserKey userKey);

    default boolean isLimitedUnlicensedUser(@Nullable UserKey userKey) {
        return isLimitedUnlicensedAccessEnabled() && getUserProfile(userKey) != null && !isLicensed(userKey);
    }

    boolean authenticate(String username, String password);

    @Nullable
    Principal resolve(String username) throws UserResolutionException;

    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
