package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: quoting on output, quoted fields with doubled quotes on input (one record per line). */
final class Csv {

    private Csv() {
    }

    /** A record as one line (without the line terminator). */
    static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || f.startsWith("#")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /**
     * The fields of one line.
     *
     * @throws IllegalArgumentException on an unterminated quoted field
     */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                f.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? f.toString() : f.toString().strip());
                f.setLength(0);
                wasQuoted = false;
            } else {
                f.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        out.add(wasQuoted ? f.toString() : f.toString().strip());
        return out;
    }
}
