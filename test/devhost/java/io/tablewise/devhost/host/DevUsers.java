package io.tablewise.devhost.host;

import com.atlassian.sal.api.user.UserKey;
import java.util.Map;
import java.util.Optional;

/**
 * The dev host's people. Passwords equal user names; it is a development host on loopback.
 * "appadmin" is a product administrator who is not a system administrator, the case the
 * access matrix needs.
 */
public final class DevUsers {
    public enum Role { USER, ADMIN, SYSADMIN }

    /** Keys are Jira 8+ style, as real instances have them. */
    public record DevUser(String name, String fullName, String email, Role role, String keyValue) {
        public UserKey key() {
            return new UserKey(keyValue);
        }
    }

    private static final Map<String, DevUser> USERS = Map.of(
            "admin", new DevUser("admin", "Ada Admin", "admin@example.com", Role.SYSADMIN, "JIRAUSER10000"),
            "appadmin", new DevUser("appadmin", "Paul Projectadmin", "appadmin@example.com", Role.ADMIN, "JIRAUSER10001"),
            "user", new DevUser("user", "Uma User", "user@example.com", Role.USER, "JIRAUSER10002"));

    private DevUsers() {
    }

    public static Optional<DevUser> authenticate(String name, String password) {
        DevUser user = USERS.get(name);
        return user != null && name.equals(password) ? Optional.of(user) : Optional.empty();
    }

    public static Optional<DevUser> byName(String name) {
        return Optional.ofNullable(name == null ? null : USERS.get(name));
    }

    public static Optional<DevUser> byKey(UserKey key) {
        return USERS.values().stream().filter(u -> u.key().equals(key)).findFirst();
    }
}
