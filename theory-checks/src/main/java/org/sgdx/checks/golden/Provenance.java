package org.sgdx.checks.golden;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where golden vectors come from.
 *
 * @param software the software name
 * @param version the software version
 * @param created when they were computed
 * @param conventions the conventions (name → value)
 */
public record Provenance(String software, String version, Instant created, Map<String, String> conventions) {

    public Provenance {
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(created, "created");
        conventions = Collections.unmodifiableMap(new LinkedHashMap<>(conventions));
    }
}
