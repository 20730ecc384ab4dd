package org.sgdx.checks.golden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of golden vectors with their provenance.
 *
 * @param provenance software, version, date, conventions
 * @param vectors the vectors, each key at most once
 */
public record GoldenSet(Provenance provenance, List<GoldenVector> vectors) {

    public GoldenSet {
        Objects.requireNonNull(provenance, "provenance");
        vectors = List.copyOf(vectors);
        Map<GoldenVector.Key, GoldenVector> seen = new LinkedHashMap<>();
        for (GoldenVector v : vectors) {
            if (seen.put(v.key(), v) != null) {
                throw new IllegalArgumentException("duplicate golden vector " + v.key());
            }
        }
    }

    /** The vector with the given key. */
    public Optional<GoldenVector> find(GoldenVector.Key key) {
        return vectors.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** The vectors by key. */
    public Map<GoldenVector.Key, GoldenVector> byKey() {
        Map<GoldenVector.Key, GoldenVector> m = new LinkedHashMap<>();
        for (GoldenVector v : vectors) {
            m.put(v.key(), v);
        }
        return m;
    }
}
