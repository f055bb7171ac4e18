package io.tablewise.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The About page's component list, read from the CycloneDX SBOM on the plugin's class path. */
class SbomTest {
    private static final String BOM = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"type": "library", "name": "react", "version": "18.3.1",
               "licenses": [{"license": {"id": "MIT", "acknowledgement": "declared"}}],
               "purl": "pkg:npm/react@18.3.1", "hashes": [{"alg": "SHA-1", "content": "ab"}]},
              {"type": "library", "group": "com.fasterxml.jackson.core", "name": "jackson-databind",
               "version": "2.22.4", "licenses": [{"license": {"id": "Apache-2.0"}}, {"license": {"id": "Apache-2.0"}}],
               "purl": "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.22.4?type=jar"},
              {"type": "library", "name": "Bespoke", "version": "1.0.0",
               "licenses": [{"license": {"name": "The Bespoke Licence"}}, {"expression": "MIT OR Apache-2.0"}],
               "purl": "pkg:npm/bespoke@1.0.0"}
            ]}""";

    static final class FixedSbom extends Sbom {
        final AtomicInteger opened = new AtomicInteger();
        private final String text;

        FixedSbom(String text) {
            this.text = text;
        }

        @Override
        InputStream open() {
            opened.incrementAndGet();
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void listsEveryComponentWithItsLicencesSortedByName() {
        List<SbomComponent> components = new FixedSbom(BOM).components();

        assertThat(components).containsExactly(
                new SbomComponent("Bespoke", null, "1.0.0", "library", List.of("The Bespoke Licence", "MIT OR Apache-2.0"),
                        "pkg:npm/bespoke@1.0.0"),
                new SbomComponent("jackson-databind", "com.fasterxml.jackson.core", "2.22.4", "library",
                        List.of("Apache-2.0"), "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.22.4?type=jar"),
                new SbomComponent("react", null, "18.3.1", "library", List.of("MIT"), "pkg:npm/react@18.3.1"));
    }

    @Test
    void readsTheFileOnce() {
        FixedSbom sbom = new FixedSbom(BOM);
        sbom.components();
        sbom.components();
        assertThat(sbom.opened).hasValue(1);
    }

    @Test
    void aJarWithoutAnSbomAnswersWithTheEnvelopeNotAStackTrace() {
        assertThatThrownBy(() -> new FixedSbom(null).components())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).contains("META-INF/sbom/bom.json");
                });
    }

    @Test
    void anUnreadableSbomIsReportedTheSameWay() {
        assertThatThrownBy(() -> new FixedSbom("{\"components\": [").components())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void theRealClassPathHasOneOnceTheBuildHasMadeIt() {
        // The build writes it into target/classes in prepare-package, before the ITs; in a plain
        // `mvn test` it may not exist yet, so this only checks it when it does.
        if (Sbom.class.getClassLoader().getResource(Sbom.LOCATION) != null) {
            assertThat(new Sbom().components()).isNotEmpty().allSatisfy(c -> assertThat(c.purl()).startsWith("pkg:"));
        }
    }
}
