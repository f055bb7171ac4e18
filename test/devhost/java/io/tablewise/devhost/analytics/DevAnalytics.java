package io.tablewise.devhost.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * Points the dev host's analytics at the reference receiver (test/collector) the standard way,
 * leaving the app's production code path as it is:
 * <ul>
 * <li>the key: the test key of test/fixtures/analytics/vectors.json through the dev-mode-only
 *     system property {@code tablewise.analytics.key}, unless one is set already;</li>
 * <li>trust: with {@code TABLEWISE_ANALYTICS_CA} naming the receiver's PEM certificate, a
 *     PKCS12 trust store holding it is written and named by {@code javax.net.ssl.trustStore},
 *     so the JDK's default TLS context (what the app uses) trusts the receiver.</li>
 * </ul>
 * Must run before anything in the JVM creates the default TLS context.
 */
public final class DevAnalytics {
    static final String KEY_PROPERTY = "tablewise.analytics.key";
    private static final String VECTORS = "fixtures/analytics/vectors.json";
    private static final String STORE_PASSWORD = "devhost";

    private DevAnalytics() {
    }

    public static void configure(Path homeDir, String caPem) {
        if (System.getProperty(KEY_PROPERTY) == null) {
            System.setProperty(KEY_PROPERTY, testKey());
        }
        if (caPem != null && !caPem.isBlank() && System.getProperty("javax.net.ssl.trustStore") == null) {
            Path store = homeDir.resolve("analytics-truststore.p12");
            writeTrustStore(Path.of(caPem), store);
            System.setProperty("javax.net.ssl.trustStore", store.toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", STORE_PASSWORD);
        }
    }

    private static String testKey() {
        try (InputStream in = DevAnalytics.class.getClassLoader().getResourceAsStream(VECTORS)) {
            if (in == null) {
                throw new IllegalStateException(VECTORS + " is not on the class path; build first");
            }
            JsonNode vectors = new ObjectMapper().readTree(in);
            return vectors.get("keyUtf8").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTrustStore(Path pem, Path store) {
        try (InputStream in = Files.newInputStream(pem)) {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("analytics-receiver", cert);
            Files.createDirectories(store.getParent());
            try (OutputStream out = Files.newOutputStream(store)) {
                trust.store(out, STORE_PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read TABLEWISE_ANALYTICS_CA " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot trust TABLEWISE_ANALYTICS_CA " + pem, e);
        }
    }
}
