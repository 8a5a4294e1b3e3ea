package no.sentret.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the six apps' images from a packaged checkout ({@code mvn -DskipTests package} first):
 * <pre>
 * java -cp … no.sentret.image.BuildImages &lt;registry&gt; &lt;tag&gt; [--push]
 * </pre>
 * Without {@code --push} each image is written to {@code <module>/target/<module>-oci.tar}; with it, pushed as
 * {@code <registry>/sentret/<module>:<tag>} (see k8s/README.md).
 */
public final class BuildImages {

    public static final List<String> APPS = List.of("gateway", "visit-service", "health-service", "legal-aid-service",
            "outreach-service", "stats-service");

    private BuildImages() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BuildImages <registry> <tag> [--push]   (run at the repository's root, after mvn package)");
            System.exit(2);
        }
        boolean push = List.of(args).contains("--push");
        Path root = AppImage.runtimeRoot(Path.of("target", "oci-runtime", "root").toAbsolutePath());
        for (String app : APPS) {
            Path quarkusApp = Path.of(app, "target", "quarkus-app");
            if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(quarkusApp + " has no quarkus-run.jar: run mvn -DskipTests package first");
            }
            String reference = args[0] + "/sentret/" + app + ":" + args[1];
            AppImage image = new AppImage(root, quarkusApp, reference, labels(app, args[1]));
            String digest = push ? image.push() : image.writeTarball(Path.of(app, "target", app + "-oci.tar"));
            System.out.println(reference + " " + digest);
        }
    }

    public static Map<String, String> labels(String app, String tag) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", app);
        labels.put("org.opencontainers.image.version", tag);
        labels.put("org.opencontainers.image.vendor", "Sentret");
        return labels;
    }
}
