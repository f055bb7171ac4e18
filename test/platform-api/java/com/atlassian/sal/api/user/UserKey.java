package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;
import javax.annotation.Nonnull;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(@Nonnull String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    @Nonnull
    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && getClass() == o.getClass() && userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }
}
