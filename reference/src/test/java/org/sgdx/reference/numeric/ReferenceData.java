package org.sgdx.reference.numeric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the CSV reference tables under {@code src/test/resources/reference-data} (written by mpmath). */
public final class ReferenceData {

    /** One data row: a key (link or function name), an integer or decimal argument, and the value. */
    public record Row(String key, String argument, BigDecimal value) {
    }

    private ReferenceData() {
    }

    /** The value of the row with the given key and argument. */
    public static BigDecimal value(String resource, String key, String argument) {
        return read(resource).stream().filter(r -> r.key().equals(key) && r.argument().equals(argument))
                .map(Row::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + key + "," + argument + " in " + resource));
    }

    /** The rows of a three-column table, skipping {@code #} comments and the header line. */
    public static List<Row> read(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream("/reference-data/" + resource);
        Objects.requireNonNull(in, "missing test resource reference-data/" + resource);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split(",");
                if (parts.length != 3) {
                    throw new IllegalStateException("malformed line in " + resource + ": " + line);
                }
                rows.add(new Row(parts[0], parts[1], new BigDecimal(parts[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
