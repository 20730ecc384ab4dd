package org.sgdx.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derivations in {@code proofs-notes/} name the code that implements them and the tests that check them. This
 * test keeps those references true: every backticked path in a note must exist in the repository, and every note
 * (except the index) must have a "## Code and tests" section naming at least one main class and one test.
 *
 * <p>A backticked token is a path reference when it consists of path characters only and either ends with
 * {@code /} (a directory) or its last segment has a known file extension. Resolution:
 * <ul>
 *   <li>a segment {@code ...} stands for one or more directories ({@code reference/.../exponent/Exponents.java} is
 *       any file under {@code reference/} whose path ends with {@code /exponent/Exponents.java});</li>
 *   <li>a path whose first segment is a top-level entry of the repository is resolved from the root;</li>
 *   <li>any other path ({@code poly/SurdPiecewise.java}, {@code exponent/zeta/}) must be a suffix, at segment
 *       boundaries, of some path in the repository; a bare note name {@code foo.md} is looked up in
 *       {@code proofs-notes/} and at the root first.</li>
 * </ul>
 * Build output ({@code target/}) and {@code .git/} are not searched.
 */
class ProofsNotesTest {

    private static final String NOTES_DIRECTORY = "proofs-notes";
    private static final String INDEX = "README.md";
    private static final String CODE_AND_TESTS = "## Code and tests";

    /** Single-backtick inline code spans (they may continue over a line break). */
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PATH_CHARACTERS = Pattern.compile("[A-Za-z0-9_.\\-]+(?:/[A-Za-z0-9_.\\-]+)*/?");
    private static final Set<String> EXTENSIONS = Set.of("java", "md", "py", "csv", "xml", "json", "properties",
            "txt", "sh", "yml", "yaml", "jsonl");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules");
    private static final Pattern MAIN_CLASS = Pattern.compile("(?:.*/)?src/main/java/.+\\.java");
    private static final Pattern TEST = Pattern.compile("(?:.*/)?src/test/.+");

    private static final Path ROOT = repositoryRoot();
    private static final RepositoryIndex REPOSITORY = RepositoryIndex.of(ROOT);

    /**
     * The repository root: Maven runs the tests with the module directory as working directory, so the root is
     * {@code ..}; otherwise the nearest ancestor of the working directory that contains {@code proofs-notes/}.
     */
    static Path repositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path parent = cwd.getParent();
        if (parent != null && Files.isDirectory(parent.resolve(NOTES_DIRECTORY))) {
            return parent;
        }
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(NOTES_DIRECTORY))) {
                return p;
            }
        }
        throw new IllegalStateException("no directory containing " + NOTES_DIRECTORY + "/ above " + cwd);
    }

    static List<Path> notes() {
        try (Stream<Path> s = Files.list(ROOT.resolve(NOTES_DIRECTORY))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> notesExceptIndex() {
        return notes().stream().filter(p -> !p.getFileName().toString().equals(INDEX)).collect(Collectors.toList());
    }

    /** The specifications kept beside the notes; they derive nothing, so they need no "Code and tests" section. */
    private static final Set<String> SPECIFICATIONS = Set.of("MATH.md", "DESIGN.md");

    static List<Path> derivations() {
        return notesExceptIndex().stream().filter(p -> !SPECIFICATIONS.contains(p.getFileName().toString()))
                .collect(Collectors.toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backticked tokens of a text that are path references, in order of appearance. */
    static List<String> pathReferences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            String token = m.group(1).strip();
            if (isPathReference(token)) {
                out.add(token);
            }
        }
        return out;
    }

    static boolean isPathReference(String token) {
        if (!PATH_CHARACTERS.matcher(token).matches()) {
            return false;
        }
        if (token.endsWith("/")) {
            return token.length() > 1;
        }
        String last = token.substring(token.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The repository-relative paths that a reference resolves to (empty when it names nothing that exists). */
    static List<String> resolve(String reference) {
        boolean directory = reference.endsWith("/");
        String core = directory ? reference.substring(0, reference.length() - 1) : reference;
        String[] segments = core.split("/");
        Set<String> candidates = directory ? REPOSITORY.directories() : REPOSITORY.files();
        if (segments.length == 1 && core.endsWith(".md")) {
            for (String dir : new String[] {NOTES_DIRECTORY + "/", ""}) {
                if (candidates.contains(dir + core)) {
                    return List.of(dir + core);
                }
            }
        }
        boolean anchored = !segments[0].equals("...") && REPOSITORY.topLevel().contains(segments[0]);
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:[^/]+/)*");
        for (int i = 0; i < segments.length; i++) {
            boolean lastSegment = i == segments.length - 1;
            if (segments[i].equals("...")) {
                regex.append(lastSegment ? "(?:[^/]+/)*[^/]+" : "(?:[^/]+/)+");
            } else {
                regex.append(Pattern.quote(segments[i])).append(lastSegment ? "" : "/");
            }
        }
        Pattern p = Pattern.compile(regex.toString());
        return candidates.stream().filter(c -> p.matcher(c).matches()).collect(Collectors.toList());
    }

    /** The text of the "## Code and tests" section (up to the next heading of level 1 or 2), if any. */
    static Optional<String> codeAndTestsSection(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder section = null;
        for (String line : lines) {
            if (section == null) {
                if (line.strip().equals(CODE_AND_TESTS)) {
                    section = new StringBuilder();
                }
            } else if (line.startsWith("# ") || line.startsWith("## ")) {
                break;
            } else {
                section.append(line).append('\n');
            }
        }
        return Optional.ofNullable(section).map(StringBuilder::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void everyCitedPathExists(Path note) {
        List<String> missing = new ArrayList<>();
        for (String reference : pathReferences(read(note))) {
            if (resolve(reference).isEmpty()) {
                missing.add(reference);
            }
        }
        assertThat(missing).as("paths cited in proofs-notes/%s that do not exist under %s", note.getFileName(), ROOT)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derivations")
    void codeAndTestsSectionNamesAMainClassAndATest(Path note) {
        Optional<String> section = codeAndTestsSection(read(note));
        assertThat(section).as("proofs-notes/%s has a '%s' section", note.getFileName(), CODE_AND_TESTS).isPresent();
        List<String> resolved = new ArrayList<>();
        for (String reference : pathReferences(section.get())) {
            resolved.addAll(resolve(reference));
        }
        assertThat(resolved).as("main classes named in '%s' of proofs-notes/%s", CODE_AND_TESTS, note.getFileName())
                .anyMatch(p -> MAIN_CLASS.matcher(p).matches());
        assertThat(resolved).as("tests named in '%s' of proofs-notes/%s", CODE_AND_TESTS, note.getFileName())
                .anyMatch(p -> TEST.matcher(p).matches());
    }

    @Test
    void indexListsEveryNote() {
        String index = read(ROOT.resolve(NOTES_DIRECTORY).resolve(INDEX));
        List<String> indexed = pathReferences(index);
        assertThat(notesExceptIndex()).isNotEmpty()
                .allSatisfy(n -> assertThat(indexed).as("proofs-notes/README.md indexes %s", n.getFileName())
                        .contains(n.getFileName().toString()));
    }

    /** Every {@code §n} cited in the sources and documents is a numbered section of {@code proofs-notes/MATH.md}. */
    @Test
    void everyCitedSectionOfMathExists() throws IOException {
        Set<String> sections = new java.util.TreeSet<>();
        String math = read(ROOT.resolve(NOTES_DIRECTORY).resolve("MATH.md"));
        Matcher h = Pattern.compile("(?m)^## (\\d+)\\.").matcher(math);
        while (h.find()) {
            sections.add(h.group(1));
        }
        assertThat(sections).contains("1", "10");
        Pattern cited = Pattern.compile("§(\\d+)");
        List<String> missing = new ArrayList<>();
        int citations = 0;
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")
                    && !p.toString().contains("/.git/")).filter(p -> p.toString().endsWith(".java")
                    || p.toString().endsWith(".md")).toList()) {
                Matcher m = cited.matcher(read(f));
                while (m.find()) {
                    citations++;
                    if (!sections.contains(m.group(1))) {
                        missing.add(ROOT.relativize(f) + ": §" + m.group(1));
                    }
                }
            }
        }
        assertThat(citations).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    /** Guards against a check that passes because it recognises nothing. */
    @Test
    void pathReferencesAreRecognisedAndResolved() {
        assertThat(pathReferences("see `reference/.../exponent/Exponents.java`, `Expr.exactForm()`, `u_k`, `...`, "
                + "`poly/SurdPiecewise.java`, `exponent/zeta/`, `0.5*h2 + h4`, `tanh(2*z)`, `Coefficient.isZero`"))
                .containsExactly("reference/.../exponent/Exponents.java", "poly/SurdPiecewise.java", "exponent/zeta/");
        assertThat(resolve("reference/.../exponent/Exponents.java"))
                .containsExactly("reference/src/main/java/org/sgdx/reference/exponent/Exponents.java");
        assertThat(resolve("poly/SurdPiecewise.java"))
                .containsExactly("reference/src/main/java/org/sgdx/reference/poly/SurdPiecewise.java");
        assertThat(resolve("reference/src/main/java/org/sgdx/reference/poly/Hermite.java")).hasSize(1);
        assertThat(resolve("exponent/zeta/")).isNotEmpty();
        assertThat(resolve("hermite-conventions.md")).containsExactly("proofs-notes/hermite-conventions.md");
        assertThat(resolve("reference/.../hermite/NoSuchClass.java")).isEmpty();
        assertThat(resolve("reference/src/main/java/org/sgdx/reference/Hermite.java")).isEmpty();
        assertThat(resolve("src/main/java/org/sgdx/reference/hermite/")).isNotEmpty();
        assertThat(resolve("reference/src/main/java/org/sgdx/reference/poly/Hermite.java/")).isEmpty();
        int cited = notes().stream().mapToInt(n -> pathReferences(read(n)).size()).sum();
        assertThat(cited).as("path references in all notes").isGreaterThan(30);
    }

    /** The files and directories of the repository, as {@code /}-separated relative paths. */
    record RepositoryIndex(Set<String> files, Set<String> directories, Set<String> topLevel) {

        static RepositoryIndex of(Path root) {
            Set<String> files = new TreeSet<>();
            Set<String> directories = new TreeSet<>();
            Set<String> topLevel = new TreeSet<>();
            walk(root, root, files, directories, topLevel);
            return new RepositoryIndex(Set.copyOf(files), Set.copyOf(directories), Set.copyOf(topLevel));
        }

        private static void walk(Path root, Path dir, Set<String> files, Set<String> directories,
                Set<String> topLevel) {
            List<Path> children;
            try (Stream<Path> s = Files.list(dir)) {
                children = s.collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path child : children) {
                String name = child.getFileName().toString();
                String relative = root.relativize(child).toString().replace('\\', '/');
                if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    if (SKIPPED_DIRECTORIES.contains(name)) {
                        continue;
                    }
                    directories.add(relative);
                    if (dir.equals(root)) {
                        topLevel.add(name);
                    }
                    walk(root, child, files, directories, topLevel);
                } else if (Files.isRegularFile(child)) {
                    files.add(relative);
                    if (dir.equals(root)) {
                        topLevel.add(name);
                    }
                }
            }
        }
    }
}
