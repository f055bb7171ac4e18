package io.tablewise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The com.atlassian stand-ins must match the real APIs as listed in test/platform-api/SIGNATURES.md: every type,
 * kind and meta-annotation, every [verified] member, and no public member the doc does not list unless
 * test/platform-api/README.md names it as a deliberate deviation.
 */
class PlatformStandInsMatchSignaturesTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("test/platform-api");
    private static final SignatureDoc DOC = SignatureDoc.parse(lines(ROOT.resolve("SIGNATURES.md")));
    private static final Deviations DEVIATIONS = Deviations.parse(lines(ROOT.resolve("README.md")));
    private static final StandInChecker CHECKER = new StandInChecker(new TypeNames(DOC.types), DEVIATIONS);
    /** Checked once, so that the counts in the summary are exact. */
    private static final Map<String, List<String>> PROBLEMS = new LinkedHashMap<>();

    static {
        for (DocType t : DOC.types.values()) {
            try {
                PROBLEMS.put(t.fqn, CHECKER.check(t));
            } catch (RuntimeException e) {
                PROBLEMS.put(t.fqn, List.of("checker failed: " + e));
            }
        }
    }

    @Test
    void everyVerifiedLineOfTheDocIsUnderstood() {
        assertThat(DOC.unparsed).as("[verified] lines the checker cannot read").isEmpty();
        assertThat(DOC.types).hasSizeGreaterThan(60);
    }

    /** The doc is copied into the repo; where the shared original sits beside the clone, the copy must be current. */
    @Test
    void signaturesCopyMatchesTheSharedOriginal() throws IOException {
        Path shared = ROOT.resolve("../../../shared/PLATFORM-SIGNATURES.md").normalize();
        assumeTrue(Files.exists(shared), "no shared/ beside the repository");
        assertThat(lines(ROOT.resolve("SIGNATURES.md"))).as("test/platform-api/SIGNATURES.md vs " + shared)
                .isEqualTo(lines(shared));
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentedTypeMatchesItsStandIn() {
        return DOC.types.values().stream().map(type -> DynamicTest.dynamicTest(type.fqn,
                () -> assertThat(PROBLEMS.get(type.fqn)).as(type.fqn).isEmpty()));
    }

    @Test
    void everyStandInTypeIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (String fqn : standInTypes()) {
            if (!DOC.types.containsKey(fqn) && !DEVIATIONS.use(DEVIATIONS.extraTypes, fqn)) {
                undocumented.add(fqn);
            }
        }
        assertThat(undocumented).as("stand-in types the doc does not list").isEmpty();
    }

    @Test
    void typesTheDocRulesOutDoNotExist() {
        assertThat(DOC.absentTypes).isNotEmpty();
        assertThat(DOC.absentTypes).allSatisfy(fqn -> assertThat(TypeNames.load(fqn)).as(fqn).isEmpty());
    }

    @Test
    void packageAnnotationsMatch() {
        assertThat(DOC.packageAnnotations).isNotEmpty();
        DOC.packageAnnotations.forEach((pkg, annotation) -> {
            Class<?> info = TypeNames.load(pkg + ".package-info").orElseThrow();
            assertThat(Stream.of(info.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
                    .as(pkg).contains(annotation);
        });
    }

    @Test
    void readmeDeviationsAreAllStillTrue() {
        standInTypes().stream().filter(f -> !DOC.types.containsKey(f)).forEach(f -> DEVIATIONS.use(DEVIATIONS.extraTypes, f));
        assertThat(DEVIATIONS.unused()).as("README deviations that no longer match a difference").isEmpty();
    }

    @AfterAll
    static void summary() {
        System.out.println("Stand-ins vs SIGNATURES.md: " + DOC.types.size() + " documented types; passed checks: "
                + CHECKER.counts);
    }

    /** Top-level types from the stand-in sources, plus their public nested types. */
    private static Set<String> standInTypes() {
        Set<String> out = new TreeSet<>();
        Path java = ROOT.resolve("java");
        try (Stream<Path> files = Files.walk(java)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).forEach(p -> {
                String fqn = java.relativize(p).toString().replace(".java", "").replace('/', '.');
                out.add(fqn);
                TypeNames.load(fqn).ifPresent(c -> addNested(c, out));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void addNested(Class<?> c, Set<String> out) {
        for (Class<?> nested : c.getDeclaredClasses()) {
            if (!Modifier.isPublic(nested.getModifiers())) {
                continue;
            }
            out.add(nested.getCanonicalName());
            addNested(nested, out);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
