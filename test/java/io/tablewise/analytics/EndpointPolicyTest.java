package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://collector.tablewise.io/ingest", "https://127.0.0.1:8443/ingest", "HTTPS://x.example/"})
    void httpsIsAlwaysAllowed(String url) {
        assertThat(EndpointPolicy.check(url, false)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/ingest", "http://127.1.2.3/", "http://localhost:9/x", "http://[::1]:8080/"})
    void loopbackHttpIsAllowedOnlyInDevMode(String url) {
        assertThat(EndpointPolicy.check(url, true)).hasToString(url);
        assertThatThrownBy(() -> EndpointPolicy.check(url, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("development mode");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://collector.tablewise.io/ingest",
        "http://10.0.0.1/",
        "http://127.0.0.1.nip.io/",
        "http://localhost.example.com/",
        "http://[::ffff:10.0.0.1]/",
        "http://999.0.0.1/"
    })
    void nonLoopbackHttpIsRefusedEvenInDevMode(String url) {
        assertThatThrownBy(() -> EndpointPolicy.check(url, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/", "collector.tablewise.io", "https://user:pw@collector.tablewise.io/", "https:///x", "not a url", ""})
    void otherSchemesCredentialsAndJunkAreRefused(String url) {
        assertThatThrownBy(() -> EndpointPolicy.check(url, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
