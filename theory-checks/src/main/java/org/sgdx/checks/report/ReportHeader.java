package org.sgdx.checks.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the header of a report records besides the audit result (which carries mode, seed and threads).
 *
 * @param software the software name
 * @param version the software version
 * @param date when the report was made
 * @param options the options the audit was run with (name → value)
 * @param conventions the conventions used (name → value), normally {@link Conventions#defaults()}
 */
public record ReportHeader(String software, String version, Instant date, Map<String, String> options,
        Map<String, String> conventions) {

    public ReportHeader {
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        conventions = Collections.unmodifiableMap(new LinkedHashMap<>(conventions));
    }
}
