package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventNameTest {
    // The reviewed list: adding or removing an event name means changing this file too.
    private static final Path VOCABULARY = Path.of("test", "fixtures", "analytics", "vocabulary.txt");
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Pattern PARSE_LITERAL = Pattern.compile("EventName\\.parse\\(\\s*\"([^\"]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {
        "tablewise.export.tables.ao_60db71_sprint", // another app's table must never be named
        "tablewise.export.tables.customer_invoices", // nor a table a customer created
        "tablewise.export.tables.AO_OTHER",
        "tablewise.export.format.parquet",
        "tablewise.admin.view.jdoe@example.com",
        "tablewise.export",
        "tablewise",
        "",
        "jira.issue.created",
        "tablewise.admin.view "
    })
    void recordingANameOutsideTheVocabularyFails(String name) {
        assertThatThrownBy(() -> EventName.parse(name)).isInstanceOf(UnknownEventNameException.class);
    }

    @Test
    void theRejectionNeverEchoesArbitraryText() {
        assertThatThrownBy(() -> EventName.parse("secret issue summary: layoffs"))
                .hasMessageNotContaining("layoffs");
        assertThatThrownBy(() -> EventName.parse("tablewise.export.format.parquet"))
                .hasMessageContaining("tablewise.export.format.parquet");
    }

    @Test
    void theVocabularyIsExactlyTheReviewedList() throws IOException {
        List<String> reviewed = Files.readAllLines(VOCABULARY, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(EventName.vocabulary()).extracting(EventName::value).containsExactlyElementsOf(reviewed);
    }

    @Test
    void everyNameIsLowercaseDotSeparatedAndRoundTrips() {
        for (EventName name : EventName.vocabulary()) {
            assertThat(name.value()).matches("tablewise(\\.[a-z0-9_]+)+");
            assertThat(EventName.parse(name.value())).isSameAs(name);
        }
    }

    @Test
    void everyConstantIsInTheVocabulary() throws IllegalAccessException {
        List<EventName> constants = new ArrayList<>();
        for (Field field : EventName.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventName.class) {
                constants.add((EventName) field.get(null));
            }
        }
        assertThat(constants).hasSizeGreaterThan(15);
        assertThat(EventName.vocabulary()).containsAll(constants);
    }

    @Test
    void theNamesInTheSharedVectorsAreAllowed() {
        for (Vectors.Case c : Vectors.cases()) {
            c.events().forEach(event -> assertThat(EventName.vocabulary()).contains(event.name()));
        }
    }

    /** Production code that parses a literal name must use one that exists, or the build fails here. */
    @Test
    void everyLiteralParsedInProductionCodeIsInTheVocabulary() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PARSE_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        for (String literal : literals) {
            assertThat(EventName.vocabulary()).extracting(EventName::value).as("literal in src/main/java").contains(literal);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "JIRA, propertyentry, tablewise.export.tables.propertyentry",
        "JIRA, JIRAISSUE, tablewise.export.tables.jiraissue",
        "JIRA, AO_60DB71_SPRINT, tablewise.export.tables.ao_other",
        "JIRA, ao_e8b6cc_organization_mapping, tablewise.export.tables.ao_other",
        "JIRA, customer_invoices, tablewise.export.tables.other",
        "JIRA, bodycontent, tablewise.export.tables.other",
        "CONFLUENCE, bodycontent, tablewise.export.tables.bodycontent",
        "CONFLUENCE, SECRETS, tablewise.export.tables.secrets",
        "CONFLUENCE, jiraissue, tablewise.export.tables.other",
        "CONFLUENCE, AO_BAF3AA_AOINLINE_TASK, tablewise.export.tables.ao_other",
        "CONFLUENCE, cwd_user, tablewise.export.tables.cwd_user"
    })
    void tablesAreNamedOnlyWhenTheyAreTheHostsOwn(Product product, String table, String expected) {
        assertThat(EventName.exportedTable(product, table).value()).isEqualTo(expected);
    }
}
