package io.tablewise.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.Browser;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.TestDatabases;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Websudo on the sysadmin-only pages, through the SAL WebSudoManager as the products run it: a
 * system administrator whose session has no websudo window is sent to confirm the password
 * and comes back to the page; with a window the page is served at once.
 */
class WebSudoIT extends HostedTest {
    /** What only the served page carries. */
    private static final Map<String, String> MARKERS = Map.of(
            "/plugins/servlet/tablewise/admin", "id=\"tablewise-admin\"",
            "/plugins/servlet/tablewise/docs/privacy", "id=\"tablewise-doc\"");

    @Override
    protected DevDatabase database() {
        return TestDatabases.h2();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/tablewise/admin", "/plugins/servlet/tablewise/docs/privacy"})
    void aSystemAdministratorWithoutWebSudoConfirmsThePasswordFirst(String page) {
        Browser browser = Browser.loggedIn(host.baseUrl(), Api.ADMIN);
        // The login opened a websudo window: the page is served.
        Browser.Page withWebSudo = browser.get(page);
        assertThat(withWebSudo.status()).isEqualTo(200);
        assertThat(withWebSudo.body()).contains(MARKERS.get(page));

        assertThat(browser.post("/devhost/websudo/drop").status()).isEqualTo(204);
        Browser.Page withoutWebSudo = browser.get(page);
        assertThat(withoutWebSudo.status()).isEqualTo(302);
        assertThat(withoutWebSudo.location()).contains("/login?websudo=true&os_destination=" + Api.encode(page));
        assertThat(withoutWebSudo.body()).doesNotContain(MARKERS.get(page));

        // Confirming the password on the websudo form leads back to the page, now served.
        Browser.Page confirmed = browser.logIn(Api.ADMIN, page);
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.location()).endsWith(page);
        assertThat(browser.get(page).body()).contains(MARKERS.get(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/tablewise/admin", "/plugins/servlet/tablewise/docs/privacy"})
    void websudoDoesNotLetAnyoneElseIn(String page) {
        Browser browser = Browser.loggedIn(host.baseUrl(), Api.APP_ADMIN);
        Browser.Page refused = browser.get(page);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("tablewise-forbidden").doesNotContain(MARKERS.get(page));
    }
}
