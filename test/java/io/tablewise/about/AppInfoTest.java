package io.tablewise.about;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.devhost.host.DevApplicationProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** GET /about names the product as SAL reports it, with "confluence" for SAL's "conf". */
class AppInfoTest {

    @Test
    void jira() {
        AppInfo info = new AppInfo(new DevApplicationProperties("http://localhost", false, Path.of("home")));
        assertThat(info.productDetails()).isEqualTo(new About.Product("jira", "Jira", "10.3.6", "10030006"));
        assertThat(info.appVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void confluence() {
        AppInfo info = new AppInfo(new DevApplicationProperties("http://localhost", true, Path.of("home")));
        assertThat(info.productDetails()).isEqualTo(new About.Product("confluence", "Confluence", "9.2.3", "9203"));
    }
}
