package no.sentret.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One app's image: the shared runtime tree ({@link RuntimeRoot}) as the first layers, then the Quarkus fast-jar
 * ({@code target/quarkus-app}) split as Quarkus's own images are — libraries, which change rarely, before the app's
 * classes — at {@code /deployments}. Every file belongs to root and is not writable by the app's user 185, which
 * the image runs as; the only writable place is {@code /tmp} (an emptyDir in k8s, whose root filesystem is
 * read-only). Timestamps are fixed, so the same inputs give the same digest.
 */
public final class AppImage {

    /** The API port and Quarkus's management interface (health, metrics), as k8s/ names them. */
    public static final Set<Integer> PORTS = Set.of(8080, 9000);
    static final String DEPLOYMENTS = "/deployments";

    private final Path runtimeRoot;
    private final Path quarkusApp;
    private final String reference;
    private final Map<String, String> labels;

    /**
     * @param runtimeRoot the tree {@link #runtimeRoot(Path)} built
     * @param quarkusApp  an app's {@code target/quarkus-app}
     * @param reference   the image's full name, e.g. {@code registry.example.org/sentret/gateway:1.0.0-3f2a9c1d0e4b}
     */
    public AppImage(Path runtimeRoot, Path quarkusApp, String reference, Map<String, String> labels) {
        this.runtimeRoot = runtimeRoot;
        this.quarkusApp = quarkusApp;
        this.reference = reference;
        this.labels = labels;
    }

    /** Builds (once per folder) the runtime tree all images share. */
    public static Path runtimeRoot(Path folder) throws IOException, InterruptedException {
        return RuntimeRoot.buildAt(folder);
    }

    /** The entrypoint: the fast-jar on the linked runtime, sized by the container's memory limit. */
    public static List<String> entrypoint() {
        return List.of(RuntimeRoot.JAVA_HOME + "/bin/java", "-XX:MaxRAMPercentage=75",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Djava.io.tmpdir=/tmp",
                "-jar", DEPLOYMENTS + "/quarkus-run.jar");
    }

    /** Writes the image as an OCI tarball (what {@code skopeo copy oci-archive:…} or a registry push takes). */
    public String writeTarball(Path tarball) throws Exception {
        return build(Containerizer.to(TarImage.at(tarball).named(reference)));
    }

    /** Pushes the image to its registry (credentials from the usual Docker config or credential helpers). */
    public String push() throws Exception {
        RegistryImage target = RegistryImage.named(reference);
        return build(Containerizer.to(target));
    }

    private String build(Containerizer containerizer) throws Exception {
        JibContainer container = Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH)
                .addFileEntriesLayer(layer("java-runtime", runtimeRoot, "/", path -> true))
                .addFileEntriesLayer(layer("libraries", quarkusApp.resolve("lib"), DEPLOYMENTS + "/lib", path -> true))
                .addFileEntriesLayer(layer("app", quarkusApp, DEPLOYMENTS, path -> !path.startsWith(quarkusApp.resolve("lib"))))
                .setEntrypoint(entrypoint())
                .setUser(RuntimeRoot.APP_USER + ":" + RuntimeRoot.APP_USER)
                .setWorkingDirectory(AbsoluteUnixPath.get(DEPLOYMENTS))
                .setExposedPorts(PORTS.stream().map(Port::tcp).collect(java.util.stream.Collectors.toSet()))
                // the linked runtime finds libjli.so through $ORIGIN, which needs /proc; this works without it too
                .setEnvironment(Map.of("JAVA_HOME", RuntimeRoot.JAVA_HOME, "LD_LIBRARY_PATH", RuntimeRoot.JAVA_HOME + "/lib",
                        "LANG", "C.UTF-8"))
                .setLabels(labels)
                // one cache beside the runtime tree: its layer (the largest) is compressed once for all six apps
                .containerize(containerizer.setToolName("sentret-image")
                        .setApplicationLayersCache(runtimeRoot.resolveSibling(runtimeRoot.getFileName() + "-layers")));
        return container.getDigest().toString();
    }

    /** Files under {@code source} at {@code target}, root's, with their own read and execute bits but no write for others. */
    private static FileEntriesLayer layer(String name, Path source, String target, java.util.function.Predicate<Path> include)
            throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(include).sorted()::iterator) {
                if (file.equals(source)) {
                    continue;
                }
                AbsoluteUnixPath inImage = AbsoluteUnixPath.get(target).resolve(source.relativize(file).toString());
                boolean directory = Files.isDirectory(file);
                layer.addEntry(file, inImage, permissions(file, directory, inImage), Instant.EPOCH);
            }
        }
        return layer.build();
    }

    private static FilePermissions permissions(Path file, boolean directory, AbsoluteUnixPath inImage) {
        if (inImage.toString().equals("/tmp")) {
            return FilePermissions.fromOctalString("777");
        }
        return FilePermissions.fromOctalString(directory || Files.isExecutable(file) ? "755" : "644");
    }
}
