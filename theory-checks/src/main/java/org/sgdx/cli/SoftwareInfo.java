package org.sgdx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The software name and version recorded in every output. */
public final class SoftwareInfo {

    public static final String NAME = "sgdx";

    private SoftwareInfo() {
    }

    /** The project version, from the build. */
    public static String version() {
        try (InputStream in = SoftwareInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
