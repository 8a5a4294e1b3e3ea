package no.sentret.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One overlay rendered by kustomize ({@code kubectl kustomize}, which carries kustomize) as a list of
 * objects. Rendering happens on a copy of k8s/ under target/, where the secret env files an operator
 * writes before a deploy (git-ignored) are filled with dummies when missing: the render needs them,
 * the repository must never hold them.
 */
final class Rendered {

    static final Path ROOT = Path.of(System.getProperty("sentret.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("k8s");
    static final ObjectMapper YAML = new YAMLMapper();
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> objects;

    private Rendered(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Rendered overlay(String name) {
        return CACHE.computeIfAbsent(name, Rendered::render);
    }

    private static Rendered render(String overlay) {
        try {
            Path copy = Path.of("target", "render-" + overlay).toAbsolutePath();
            copyTree(K8S, copy);
            Path secrets = copy.resolve("overlays").resolve(overlay).resolve("secrets");
            Files.createDirectories(secrets);
            dummy(secrets.resolve("gateway-oidc.env"), "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET=dummy-state-secret-of-32-characters\n"
                    + "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=dummy-encryption-secret-32-chars\n");
            dummy(secrets.resolve("realm-clients.env"), "municipality=dummy\nkiosk=dummy\nfrontdesk-integration=dummy\n");
            dummy(secrets.resolve("outreach-alerts.env"), "reporter-key=dummy-reporter-key-of-32-characters-x\n");
            Process p = new ProcessBuilder("kubectl", "kustomize", copy.resolve("overlays").resolve(overlay).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed");
            }
            List<JsonNode> objects = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(new String(out, StandardCharsets.UTF_8))) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(n -> {
                    if (n != null && !n.isNull() && !n.isMissingNode()) {
                        objects.add(n);
                    }
                });
            }
            return new Rendered(overlay, List.copyOf(objects));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void dummy(Path file, String content) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, content);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(f);
                if (rel.startsWith("checks")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    /** A generated object by its name before kustomize added the content hash. */
    Optional<JsonNode> generated(String kind, String baseName) {
        return ofKind(kind).stream().filter(o -> name(o).matches(java.util.regex.Pattern.quote(baseName) + "(-[a-z0-9]{10})?")).findFirst();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    static JsonNode at(JsonNode node, String pointer) {
        JsonNode n = node.at(pointer);
        return n == null ? MissingNode.getInstance() : n;
    }
}
