package org.sgdx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Paths of the files and directories that commands write: an empty path is refused (it would mean the current
 * directory), and a file the command did not write is never replaced unless {@code --force} is given. Every refusal
 * is an {@link IllegalArgumentException} naming the option (exit code 2), raised before anything is written.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** The path given to {@code option}; refuses an empty, blank or invalid path. */
    static Path of(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " must name a path, got an empty string");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(option + " is not a valid path: " + text);
        }
    }

    /**
     * Refuses to go on when {@code foreign} (existing files the command would replace but did not write) is not empty
     * and {@code force} is false.
     */
    static void refuseForeign(List<Path> foreign, String option, String command, boolean force) {
        if (force || foreign.isEmpty()) {
            return;
        }
        String names = foreign.stream().limit(3).map(Path::toString).collect(Collectors.joining(", "))
                + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "");
        throw new IllegalArgumentException(option + ": " + names + (foreign.size() == 1 ? " exists and was" : " exist and were")
                + " not written by '" + command + "'; choose another path, or give --force to overwrite");
    }

    /** Refuses a directory where a file is to be written. */
    static void refuseDirectory(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " must name a file, but " + file + " is a directory");
        }
    }

    /** The first {@code limit} bytes of a regular file as UTF-8 text (malformed bytes replaced); empty if unreadable. */
    static String head(Path file, int limit) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
