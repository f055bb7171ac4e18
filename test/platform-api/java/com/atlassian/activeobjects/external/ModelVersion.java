package com.atlassian.activeobjects.external;

// Like the real class, no equals/hashCode: callers compare with isSame/compareTo.
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String version) {
        return version == null ? zero() : new ModelVersion(Integer.valueOf(version));
    }

    private static ModelVersion zero() {
        return new ModelVersion(0);
    }
}
