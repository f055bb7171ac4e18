package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every place production code records an event, checked against the vocabulary. The type
 * system already forces an {@link EventName}; what is left to check is how the name is made:
 * a constant, {@link EventName#exportedTable}, or a literal parsed at run time that must be in
 * the vocabulary. A recorder call with anything else fails the build here.
 */
class RecorderCallSitesTest {
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Pattern RECORD_CALL = Pattern.compile("\\.record\\(");
    private static final Pattern METHOD_REFERENCE = Pattern.compile("::record\\b");
    private static final Pattern NAME_USE = Pattern.compile("EventName\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern PARSE_CALL = Pattern.compile("EventName\\.parse\\(([^)]*)\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
    /** Where a name is parsed from data, and why that is safe. */
    private static final Map<String, String> PARSES_DATA = Map.of(
            "EventName.java", "the parser itself",
            "EventBatch.java", "rows read back from the events table; unknown names are set aside, never sent");

    private static final Map<String, List<String>> callSites = new TreeMap<>();
    private static final Set<String> constants = new TreeSet<>();

    @BeforeAll
    static void scan() throws Exception {
        for (Field field : EventName.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventName.class) {
                constants.add(field.getName());
            }
        }
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("EventRecorder") || file.getFileName().toString().equals("EventRecorder.java")) {
                    continue;
                }
                List<String> arguments = new ArrayList<>();
                Matcher call = RECORD_CALL.matcher(source);
                while (call.find()) {
                    arguments.add(argumentAt(source, call.end()));
                }
                Matcher reference = METHOD_REFERENCE.matcher(source);
                while (reference.find()) {
                    arguments.add("::record");
                }
                if (!arguments.isEmpty()) {
                    callSites.put(file.getFileName().toString(), arguments);
                }
            }
        }
    }

    /** The text between the call's parentheses, which may nest. */
    private static String argumentAt(String source, int start) {
        int depth = 1;
        int i = start;
        while (depth > 0) {
            char c = source.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return source.substring(start, i - 1).strip();
    }

    @Test
    void theFeaturesThatMustRecordDo() {
        assertThat(callSites).containsKeys("AdminServlet.java", "AnalyticsService.java", "ExportAnalytics.java");
        assertThat(callSites.get("AdminServlet.java")).containsExactly("EventName.ADMIN_VIEW");
    }

    @Test
    void everyRecordedNameIsAVocabularyConstantOrTableNameOrAnEventNameValue() {
        for (Map.Entry<String, List<String>> site : callSites.entrySet()) {
            for (String argument : site.getValue()) {
                String where = site.getKey() + ": record(" + argument + ")";
                assertThat(argument).as(where).doesNotContain("parse(");
                Matcher use = NAME_USE.matcher(argument);
                boolean namesOne = false;
                while (use.find()) {
                    namesOne = true;
                    assertThat(use.group(1)).as(where).isIn(union(constants, Set.of("exportedTable")));
                }
                // Otherwise a variable or method reference, which the compiler holds to EventName.
                assertThat(namesOne || argument.matches("[a-z][A-Za-z0-9_]*|::record")).as(where).isTrue();
            }
        }
    }

    @Test
    void everyNameParsedFromTextIsALiteralInTheVocabulary() throws IOException {
        List<String> vocabulary = EventName.vocabulary().stream().map(EventName::value).toList();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (PARSES_DATA.containsKey(file.getFileName().toString())) {
                    continue;
                }
                Matcher parse = PARSE_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (parse.find()) {
                    Matcher literal = STRING_LITERAL.matcher(parse.group(1));
                    assertThat(literal.matches()).as(file + ": EventName.parse(" + parse.group(1) + ")").isTrue();
                    assertThat(vocabulary).as(file.toString()).contains(literal.group(1));
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
