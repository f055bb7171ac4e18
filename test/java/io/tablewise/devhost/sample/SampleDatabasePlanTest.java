package io.tablewise.devhost.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sizes and options, without a database. */
class SampleDatabasePlanTest {

    private static final Map<String, Long> DEFAULT = SampleDatabase.plannedRows(SampleOptions.defaults());

    private static double perIssue(String table) {
        return DEFAULT.get(table) / (double) DEFAULT.get("jiraissue");
    }

    @Test
    void theDefaultSampleFollowsThePublishedProportions() {
        assertThat(DEFAULT.get("jiraissue")).isEqualTo(100_000);
        assertThat(DEFAULT.get("project")).as("DCAPT: ~2,000 issues per project").isEqualTo(50);
        assertThat(DEFAULT.get("cwd_user")).as("DCAPT: ~48 issues per user").isEqualTo(2_083);
        assertThat(DEFAULT.get("app_user")).isEqualTo(DEFAULT.get("cwd_user"));
        assertThat(DEFAULT.get("customfield")).as("DCAPT: ~800 custom fields per 1M issues").isEqualTo(80);
        assertThat(perIssue("jiraaction")).as("comments per issue").isCloseTo(4.0, within(0.2));
        assertThat(perIssue("changegroup")).as("change groups per issue").isCloseTo(4.0, within(0.2));
        assertThat(DEFAULT.get("changeitem") / (double) DEFAULT.get("changegroup")).as("items per group").isCloseTo(1.5, within(0.05));
        assertThat(perIssue("customfieldvalue")).isCloseTo(3.0, within(0.3));
        assertThat(DEFAULT.get("AO_60DB71_LEXORANK")).isEqualTo(100_006);
        long pages = DEFAULT.get("bodycontent");
        assertThat(DEFAULT.get("attachmentdata") / 10_000.0).as("attachments per page or blog post").isCloseTo(2.3, within(0.2));
        assertThat(pages).isGreaterThan(10_000);
        assertThat(DEFAULT.get("hibernate_unique_key")).isEqualTo(1);
    }

    @Test
    void smallSamplesKeepSaneMinimums() {
        Map<String, Long> tiny = SampleDatabase.plannedRows(SampleOptions.defaults().withIssues(SampleOptions.MIN_ISSUES));
        assertThat(tiny.get("project")).isGreaterThanOrEqualTo(3);
        assertThat(tiny.get("cwd_user")).isGreaterThanOrEqualTo(20);
        assertThat(tiny.get("priority")).isEqualTo(5);
        assertThat(tiny.get("spaces")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void restrictedSamplesPlanOnlyTheirTablesAndTheMarker() {
        SampleOptions benchmark = SampleOptions.defaults().withIssues(1_000_000).onlyTables(Set.of("jiraissue"));
        assertThat(SampleDatabase.plannedRows(benchmark)).containsOnly(Map.entry("jiraissue", 1_000_000L), Map.entry("propertyentry", 1L),
                Map.entry("propertystring", 1L));
        assertThat(benchmark.fingerprint()).isEqualTo("generator=" + SampleCatalog.GENERATOR_VERSION + ";seed=42;issues=1000000;tables=jiraissue");
    }

    @Test
    void rejectsUnknownTablesAndSillySizes() {
        assertThatThrownBy(() -> SampleOptions.defaults().onlyTables(Set.of("JIRAISSUE"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleOptions.defaults().withIssues(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
