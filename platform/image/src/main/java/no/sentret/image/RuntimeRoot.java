package no.sentret.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The file tree every app image shares, built from this machine alone (no base image, so no registry): the linked
 * Java runtime at {@code /opt/java}, the shared libraries it loads (found with {@code ldd}, copied from the system at
 * their own paths, the dynamic loader included), fontconfig and the DejaVu fonts the annual report's charts and PDF
 * draw text with, and {@code /etc/passwd} naming the apps' user 185. Nothing else: no shell, no package manager.
 */
final class RuntimeRoot {

    static final String JAVA_HOME = "/opt/java";
    static final int APP_USER = 185;

    /** Loaded with dlopen, so {@code ldd} of the runtime does not name it; the JDK's font manager needs it. */
    private static final String FONTCONFIG = "/lib/x86_64-linux-gnu/libfontconfig.so.1";
    private static final List<String> SYSTEM_TREES = List.of("/etc/fonts", "/usr/share/fonts/truetype/dejavu");

    private RuntimeRoot() {}

    /** Builds the tree under {@code root} once; a tree already there (from an earlier build) is kept. */
    static Path buildAt(Path root) throws IOException, InterruptedException {
        Path done = root.resolveSibling(root.getFileName() + ".complete");
        if (Files.exists(done)) {
            return root;
        }
        deleteRecursively(root);
        Path java = root.resolve(JAVA_HOME.substring(1));
        Files.createDirectories(java.getParent());
        JavaRuntime.link(java);
        for (String library : sharedLibraries(java)) {
            copyFromSystem(root, Path.of(library));
        }
        for (String tree : SYSTEM_TREES) {
            try (Stream<Path> files = Files.walk(Path.of(tree))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    copyFromSystem(root, file);
                }
            }
        }
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "app:x:" + APP_USER + ":" + APP_USER + ":app:/tmp:/sbin/nologin\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("group"), "root:x:0:\napp:x:" + APP_USER + ":\n", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("tmp"));
        Files.createFile(done);
        return root;
    }

    /** Every library the runtime's binaries and libraries link against, and fontconfig's, with the loader. */
    private static Set<String> sharedLibraries(Path java) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ldd"));
        try (Stream<Path> files = Files.walk(java)) {
            files.filter(f -> f.toString().endsWith(".so") || f.getParent().getFileName().toString().equals("bin"))
                    .forEach(f -> command.add(f.toString()));
        }
        command.add(FONTCONFIG);
        Set<String> libraries = new TreeSet<>(List.of(FONTCONFIG));
        // ldd exits non-zero when one argument is not dynamic; the lines of the others are what counts
        String output;
        try {
            output = Commands.run(command);
        } catch (IOException partly) {
            output = partly.getMessage();
        }
        for (String line : output.split("\n")) {
            String path = libraryPath(line.trim());
            if (path != null && !path.startsWith(java.toString())) {
                libraries.add(path);
            }
        }
        return libraries;
    }

    /** {@code libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x…)} or {@code /lib64/ld-linux-x86-64.so.2 (0x…)}. */
    static String libraryPath(String lddLine) {
        if (lddLine.endsWith(":")) {
            return null; // the header ldd prints before each file's list when given several
        }
        String candidate = lddLine.contains("=>") ? lddLine.substring(lddLine.indexOf("=>") + 2).trim() : lddLine;
        int address = candidate.indexOf(" (0x");
        if (address > 0) {
            candidate = candidate.substring(0, address);
        }
        return candidate.startsWith("/") ? candidate : null;
    }

    /** Copies a system file to the same path under the root, following symbolic links (the image has the file). */
    private static void copyFromSystem(Path root, Path file) throws IOException {
        Path target = root.resolve(file.toString().substring(1));
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
