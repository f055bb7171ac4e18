package io.tablewise.devhost;

import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.devhost.sample.SampleOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a dev host runs. From the environment for people (TABLEWISE_PORT, TABLEWISE_DB,
 * TABLEWISE_PRODUCT, TABLEWISE_SAMPLE_ISSUES, TABLEWISE_SAMPLE_SEED, TABLEWISE_SAMPLE_TABLES); built
 * directly by tests.
 */
public record DevHostConfig(int port, DevDatabase database, SampleOptions sample, boolean confluence,
        Path buildDir, boolean devMode) {

    public static DevHostConfig fromEnvironment() {
        Path buildDir = Path.of(System.getProperty("tablewise.buildDir", "target")).toAbsolutePath();
        SampleOptions sample = SampleOptions.defaults()
                .withIssues(intEnv("TABLEWISE_SAMPLE_ISSUES", SampleOptions.DEFAULT_ISSUES))
                .withSeed(intEnv("TABLEWISE_SAMPLE_SEED", (int) SampleOptions.DEFAULT_SEED))
                .onlyTables(listEnv("TABLEWISE_SAMPLE_TABLES"));
        return new DevHostConfig(intEnv("TABLEWISE_PORT", 2990),
                DevDatabase.fromEnvironment(System.getenv("TABLEWISE_DB"), buildDir), sample,
                "confluence".equalsIgnoreCase(System.getenv("TABLEWISE_PRODUCT")), buildDir, true);
    }

    public DevHostConfig withPort(int newPort) {
        return new DevHostConfig(newPort, database, sample, confluence, buildDir, devMode);
    }

    public DevHostConfig withDatabase(DevDatabase newDatabase) {
        return new DevHostConfig(port, newDatabase, sample, confluence, buildDir, devMode);
    }

    public DevHostConfig withSample(SampleOptions newSample) {
        return new DevHostConfig(port, database, newSample, confluence, buildDir, devMode);
    }

    public Path frontendDir() {
        return buildDir.resolve("frontend");
    }

    public Path homeDir() {
        return buildDir.resolve("devhost/home");
    }

    /** Comma-separated; unset or blank means every sample table. */
    private static Set<String> listEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
