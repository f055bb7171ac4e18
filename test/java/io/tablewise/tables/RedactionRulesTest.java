package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionRulesTest {

    private static Redaction of(String table, String column, int type) {
        return RedactionRules.builtIn(table, ColumnMeta.of(column, type, "x", 255, 0, true));
    }

    private static Redaction text(String table, String column) {
        return of(table, column, Types.VARCHAR);
    }

    @Test
    void everySecretOfRealSchemaPartDIsRedacted() {
        String[] secrets = {"cwd_user.credential", "cwd_user_credential_record.password_hash", "userbase.password_hash",
            "cwd_application.credential", "cwd_directory_attribute.attribute_value", "mailserver.mailpassword",
            "oauthconsumer.private_key", "oauthconsumer.shared_secret", "oauthconsumertoken.token_secret",
            "oauthconsumertoken.token", "oauthsptoken.token_secret", "remembermetoken.token", "productlicense.license",
            "keystore.keyspec", "SECRETS.value", "bandana.bandanavalue", "mig_cloud_site.containertoken",
            "AO_81F455_PERSONAL_TOKEN.HASHED_TOKEN", "AO_E8B6CC_ORGANIZATION_MAPPING.ACCESS_TOKEN",
            "AO_E8B6CC_ORGANIZATION_MAPPING.OAUTH_SECRET", "AO_E8B6CC_ORGANIZATION_MAPPING.ADMIN_PASSWORD",
            "AO_ED669C_IDP_CONFIG.CLIENT_SECRET", "AO_FE1BC5_CLIENT.CLIENT_SECRET", "AO_5FB9D7_AOHIP_CHAT_LINK.TOKEN"};
        for (String secret : secrets) {
            String[] parts = secret.split("\\.");
            assertThat(text(parts[0], parts[1])).as(secret).isNotNull();
        }
        assertThat(text("cwd_user", "credential").reason()).isEqualTo(RedactionRules.PASSWORD_HASH);
        assertThat(text("keystore", "keyspec").reason()).isEqualTo(RedactionRules.PRIVATE_KEY);
    }

    @Test
    void namePatternsCatchUnknownAppsToo() {
        assertThat(text("AO_123ABC_CONFIG", "API_KEY").reason()).isEqualTo(RedactionRules.API_KEY);
        assertThat(text("AO_123ABC_CONFIG", "apiKey").reason()).isEqualTo(RedactionRules.API_KEY);
        assertThat(text("AO_123ABC_CONFIG", "SIGNING_KEY")).isNotNull();
        assertThat(text("AO_123ABC_CONFIG", "REFRESH_TOKEN").reason()).isEqualTo(RedactionRules.TOKEN);
        assertThat(text("x", "user_pwd").reason()).isEqualTo(RedactionRules.PASSWORD);
        assertThat(text("x", "PASSWORD_SALT")).isNotNull();
        assertThat(text("x", "salt")).isNotNull();
        assertThat(text("x", "privatekey").reason()).isEqualTo(RedactionRules.PRIVATE_KEY);
        assertThat(of("x", "CLIENT_SECRET", Types.BLOB)).isNotNull();
    }

    @Test
    void ordinaryColumnsAreNotRedacted() {
        for (String column : new String[] {"id", "pkey", "summary", "user_key", "lower_user_name", "issuesecurity",
            "security", "keyspace", "token_id", "TOKEN_ID", "credential_id", "basalt", "passenger", "author"}) {
            assertThat(text("x", column)).as(column).isNull();
        }
        // A secret is text or bytes: dates, numbers and flags named after one are not.
        assertThat(of("x", "TOKEN_EXPIRES_AT", Types.TIMESTAMP)).isNull();
        assertThat(of("x", "password_changed", Types.BOOLEAN)).isNull();
        assertThat(of("x", "token_count", Types.INTEGER)).isNull();
    }

    @Test
    void theAdministratorsListAddsColumnsCaseInsensitively() {
        Redactions redactions = new Redactions(Set.of("JiraIssue.Summary"));
        ColumnMeta summary = ColumnMeta.of("summary", Types.VARCHAR, "varchar", 255, 0, true);
        TableMeta issues = new TableMeta("jiraissue", java.util.List.of(summary), java.util.List.of(),
                PagingStrategy.FULL_ROW_ORDER, java.util.List.of(), null, null);
        assertThat(redactions.of(issues, summary).reason()).isEqualTo(RedactionRules.ADMIN_LIST);
        assertThat(Redactions.builtInOnly().of(issues, summary)).isNull();
        TableMeta users = TestTables.cwdUser();
        assertThat(Redactions.builtInOnly().of(users, users.column("credential")).reason())
                .isEqualTo(RedactionRules.PASSWORD_HASH);
    }
}
