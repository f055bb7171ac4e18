package io.tablewise.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away self-signed certificate for 127.0.0.1/localhost, made with the JDK's keytool the
 * first time a test asks for it. No private key is ever committed.
 */
final class TestTls {
    private static final char[] PASSWORD = "test-only".toCharArray();
    private static TestTls instance;

    final SSLContext server;
    final SSLContext clientTrustingTestCert;

    private TestTls(SSLContext server, SSLContext client) {
        this.server = server;
        this.clientTrustingTestCert = client;
    }

    static synchronized TestTls get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static TestTls create() {
        try {
            Path dir = Files.createTempDirectory("tablewise-tls");
            Path keystore = dir.resolve("server.p12");
            keytool(List.of(
                    "-genkeypair", "-alias", "collector", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                keys.load(in, PASSWORD);
            }
            Files.delete(keystore);
            Files.delete(dir);

            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, null);

            // The client trusts exactly this one certificate, as a pinned test CA.
            Certificate cert = keys.getCertificate("collector");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("collector", cert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, tmf.getTrustManagers(), null);
            return new TestTls(server, client);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(List<String> args) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>();
        command.add(keytool.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
