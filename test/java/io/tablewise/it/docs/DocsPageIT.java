package io.tablewise.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.Browser;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The privacy docs are readable without internet access: shipped in the jar and served by the
 * admin servlet to system administrators (access itself: AccessMatrixIT and WebSudoIT).
 */
class DocsPageIT extends HostedTest {
    private static final String PAGE = "/plugins/servlet/tablewise/docs/privacy";

    @Override
    protected DevDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void servesDocsPrivacyMdWholeAndEscaped() throws IOException {
        String markdown = Files.readString(Path.of("docs/privacy.md"));
        Browser.Page page = Browser.stateless(host.baseUrl()).get(Api.ADMIN, PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Tablewise: Privacy and data flow</title>");
        assertThat(page.body()).contains("<meta name=\"decorator\" content=\"atl.admin\">");
        String shown = page.body().substring(page.body().indexOf('>', page.body().indexOf("<pre id=\"tablewise-doc\"")) + 1,
                page.body().indexOf("</pre>"));
        assertThat(unescape(shown)).isEqualTo(markdown);
        // The ASCII data-flow diagram's arrows arrive as text, not as markup.
        assertThat(shown).contains("&lt;--HTTPS").doesNotContain("<--HTTPS");
    }

    @Test
    void theJarShipsTheSameText() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("tablewise.jar"));
                InputStream in = jar.getInputStream(jar.getEntry("tablewise-docs/privacy.md"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("docs/privacy.md")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "privacy.md", "PRIVACY", "admin"})
    void anyOtherNameIsNotFound(String name) {
        Browser.Page page = Browser.stateless(host.baseUrl()).get(Api.ADMIN, "/plugins/servlet/tablewise/docs/" + name);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("atlassian-plugin").doesNotContain("<plugin-info>");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
