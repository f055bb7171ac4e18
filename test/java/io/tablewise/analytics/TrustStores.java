package io.tablewise.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A PKCS12 trust store made with the JDK's keytool, for {@code -Djavax.net.ssl.trustStore}. */
final class TrustStores {
    static final String PASSWORD = "changeit";

    private TrustStores() {}

    static Path fromPem(Path pem, Path store) throws IOException, InterruptedException {
        Files.deleteIfExists(store);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-importcert", "-noprompt", "-alias", "analytics-receiver", "-file", pem.toString(),
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return store;
    }
}
