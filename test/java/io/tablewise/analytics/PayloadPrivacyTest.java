package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IT's privacy check must itself catch what it is there to catch. */
class PayloadPrivacyTest {
    private static final TenantId TENANT = TenantId.of("BTST-PRIV-0000-0001");
    private static final PayloadCodec CODEC = new PayloadCodec(Vectors.key());

    private static String body(String productVersion, EventName name) {
        AnalyticsEvent event = new AnalyticsEvent(7, name, Product.JIRA, productVersion,
                Instant.parse("2026-11-21T10:00:00Z"), "1.0.0");
        return CODEC.encode(TENANT, List.of(event), 1, Instant.now()).toJson();
    }

    @Test
    void aCleanPayloadPasses() throws Exception {
        assertThat(PayloadPrivacy.violations(List.of(body("10.3.6", EventName.ADMIN_VIEW)),
                Set.of("ana.garcia", "ana.garcia@initech.example", "JIRAUSER10042", "admin", "Jira"), TENANT,
                "BTST-PRIV-0000-0001")).isEmpty();
    }

    @Test
    void aUserNameOrKeyAnywhereInThePayloadIsCaught() throws Exception {
        // A version field is the only free-ish text a row has: smuggle a user name through it.
        List<String> problems = PayloadPrivacy.violations(List.of(body("ana.garcia", EventName.ADMIN_VIEW)),
                Set.of("ana.garcia"), TENANT, "BTST-PRIV-0000-0001");
        assertThat(problems).singleElement().asString().contains("ana.garcia");
        assertThat(PayloadPrivacy.violations(List.of(body("JIRAUSER10042", EventName.ADMIN_VIEW)),
                Set.of("JIRAUSER10042"), TENANT, "x")).isNotEmpty();
        assertThat(PayloadPrivacy.violations(List.of(body("admin", EventName.ADMIN_VIEW)),
                Set.of("admin"), TENANT, "x")).as("a vocabulary word as a whole field").isNotEmpty();
    }

    @Test
    void anIpAddressOrTheRawServerIdIsCaught() throws Exception {
        assertThat(PayloadPrivacy.violations(List.of(body("10.0.0.12", EventName.ADMIN_VIEW)), Set.of(), TENANT, "x"))
                .anyMatch(p -> p.contains("IPv4"));
        assertThat(PayloadPrivacy.violations(List.of(body("BTST-PRIV-0000-0001", EventName.ADMIN_VIEW)), Set.of(),
                TENANT, "BTST-PRIV-0000-0001")).anyMatch(p -> p.contains("server id"));
    }
}
