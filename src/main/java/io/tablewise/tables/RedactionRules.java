package io.tablewise.tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The built-in rules for columns that hold secrets. Documented in docs/redaction.md; keep both in
 * step. Two kinds:
 * <ol>
 * <li>Known columns of Jira, Confluence and common apps (REAL-SCHEMA.md Part D), whatever their
 * type, including those no name pattern can recognise (an LDAP bind password stored as a
 * directory attribute value, private keys in keystore.keyspec, Confluence's bandana values).</li>
 * <li>Name patterns, matched case-insensitively anywhere in the column name, for text and binary
 * columns only (a secret is never a number, date or flag, and TOKEN_EXPIRES_AT is not a token).
 * A name ending in "id" names a secret, it is not one (TOKEN_ID, CREDENTIAL_ID).</li>
 * </ol>
 */
final class RedactionRules {
    static final String PASSWORD_HASH = "PASSWORD_HASH";
    static final String PASSWORD = "PASSWORD";
    static final String TOKEN = "TOKEN";
    static final String SECRET = "SECRET";
    static final String PRIVATE_KEY = "PRIVATE_KEY";
    static final String API_KEY = "API_KEY";
    static final String LICENSE = "LICENSE";
    static final String ADMIN_LIST = "ADMIN_LIST";

    private record NameRule(Pattern pattern, Redaction redaction) {
    }

    /** Keys are lower-case "table.column". */
    private static final Map<String, Redaction> KNOWN = Map.ofEntries(
            known("cwd_user.credential", PASSWORD_HASH, "user password hashes ({PKCS5S2}...)"),
            known("cwd_user_credential_record.password_hash", PASSWORD_HASH, "password history hashes"),
            known("userbase.password_hash", PASSWORD_HASH, "legacy user password hashes"),
            known("cwd_application.credential", PASSWORD_HASH, "application passwords"),
            known("cwd_directory_attribute.attribute_value", SECRET, "directory settings include the LDAP bind password"),
            known("mailserver.mailpassword", PASSWORD, "mail server password"),
            known("oauthconsumer.private_key", PRIVATE_KEY, "OAuth consumer private key"),
            known("oauthconsumer.shared_secret", SECRET, "OAuth consumer shared secret"),
            known("oauthconsumertoken.token", TOKEN, "OAuth consumer tokens"),
            known("oauthconsumertoken.token_secret", SECRET, "OAuth consumer token secrets"),
            known("oauthsptoken.token", TOKEN, "OAuth service provider tokens"),
            known("oauthsptoken.token_secret", SECRET, "OAuth service provider token secrets"),
            known("remembermetoken.token", TOKEN, "remember-me session tokens"),
            known("productlicense.license", LICENSE, "product license keys"),
            known("keystore.keyspec", PRIVATE_KEY, "Confluence key store: private keys"),
            known("secrets.value", SECRET, "Synchrony secrets"),
            known("bandana.bandanavalue", SECRET, "Confluence settings include secrets such as the Synchrony app secret"),
            known("mig_cloud_site.containertoken", TOKEN, "cloud migration container token"),
            known("ao_81f455_personal_token.hashed_token", TOKEN, "personal access token hashes"),
            known("ao_e8b6cc_organization_mapping.access_token", TOKEN, "DVCS connector access tokens"),
            known("ao_e8b6cc_organization_mapping.oauth_secret", SECRET, "DVCS connector OAuth secrets"),
            known("ao_e8b6cc_organization_mapping.admin_password", PASSWORD, "DVCS connector passwords"),
            known("ao_ed669c_idp_config.client_secret", SECRET, "SSO identity provider client secret"),
            known("ao_fe1bc5_client.client_secret", SECRET, "OAuth 2.0 client secrets"));

    private static final List<NameRule> NAME_RULES = List.of(
            rule("credential", PASSWORD_HASH, "column name contains 'credential'"),
            rule("pass(word|wd|phrase)", PASSWORD, "column name contains 'password', 'passwd' or 'passphrase'"),
            rule("(^|_)pwd($|_)", PASSWORD, "column name has the word 'pwd'"),
            rule("secret", SECRET, "column name contains 'secret'"),
            rule("token", TOKEN, "column name contains 'token'"),
            rule("private_?key", PRIVATE_KEY, "column name contains 'private key'"),
            rule("(api|secret|signing|encryption|shared)_?key", API_KEY,
                    "column name contains 'api key', 'signing key', 'encryption key' or 'shared key'"),
            rule("(^|_)salt($|_)", SECRET, "column name has the word 'salt'"));

    private static final Pattern NAMES_AN_ID = Pattern.compile("(^|_)id$|(token|credential|key|secret)id$");

    private RedactionRules() {
    }

    static Redaction builtIn(String table, ColumnMeta column) {
        String name = column.name().toLowerCase(Locale.ROOT);
        Redaction known = KNOWN.get(table.toLowerCase(Locale.ROOT) + "." + name);
        if (known != null) {
            return known;
        }
        boolean mayHoldSecret = column.kind() == ValueKind.STRING || column.kind() == ValueKind.BINARY
                || column.kind() == ValueKind.OTHER;
        if (!mayHoldSecret || NAMES_AN_ID.matcher(name).find()) {
            return null;
        }
        for (NameRule rule : NAME_RULES) {
            if (rule.pattern().matcher(name).find()) {
                return rule.redaction();
            }
        }
        return null;
    }

    private static Map.Entry<String, Redaction> known(String column, String reason, String why) {
        return Map.entry(column, new Redaction(reason, column + ": " + why));
    }

    private static NameRule rule(String regex, String reason, String rule) {
        return new NameRule(Pattern.compile(regex), new Redaction(reason, rule));
    }
}
