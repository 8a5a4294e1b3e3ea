package no.sentret.e2e.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An OCI image archive read as a runtime would: {@code index.json} → the manifest → the config and the layers
 * (gzipped tars, applied in order). Only what the checks need.
 */
record OciTarball(String app, Path tarball, String manifestDigest, JsonNode config, List<String> layerDigests) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file of the image's filesystem: its owner and mode as the last layer that wrote it says. */
    record Entry(int uid, int mode, boolean directory) {
        boolean executable() {
            return (mode & 0100) != 0;
        }

        boolean writableByOthers() {
            return (mode & 0022) != 0;
        }
    }

    static OciTarball read(String app, Path tarball) throws IOException {
        JsonNode index = JSON.readTree(member(tarball, "index.json"));
        String manifestDigest = index.path("manifests").path(0).path("digest").asText();
        JsonNode manifest = JSON.readTree(member(tarball, blob(manifestDigest)));
        JsonNode config = JSON.readTree(member(tarball, blob(manifest.path("config").path("digest").asText())));
        List<String> layers = new ArrayList<>();
        manifest.path("layers").forEach(layer -> layers.add(layer.path("digest").asText()));
        return new OciTarball(app, tarball, manifestDigest, config, layers);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> runConfig() {
        return JSON.convertValue(config.path("config"), Map.class);
    }

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        config.path("config").path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        config.path("config").path("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        return environment;
    }

    /** Every path of the image's filesystem (without a leading slash), layers applied in order. */
    Map<String, Entry> files() throws IOException {
        Map<String, Entry> files = new TreeMap<>();
        for (String digest : layerDigests) {
            try (TarArchiveInputStream layer = layer(digest)) {
                for (TarArchiveEntry entry; (entry = layer.getNextEntry()) != null; ) {
                    files.put(path(entry), new Entry((int) entry.getLongUserId(), entry.getMode(), entry.isDirectory()));
                }
            }
        }
        return files;
    }

    /** Writes the image's filesystem into {@code target} (emptied first), modes included. */
    Path unpack(Path target) throws IOException {
        if (Files.exists(target)) {
            try (var old = Files.walk(target)) {
                for (Path p : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(target);
        for (String digest : layerDigests) {
            try (TarArchiveInputStream layer = layer(digest)) {
                for (TarArchiveEntry entry; (entry = layer.getNextEntry()) != null; ) {
                    Path file = target.resolve(path(entry));
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(layer, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(file, permissions(entry.getMode()));
                }
            }
        }
        return target;
    }

    private TarArchiveInputStream layer(String digest) throws IOException {
        TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(tarball));
        for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
            if (entry.getName().equals(blob(digest))) {
                return new TarArchiveInputStream(new GZIPInputStream(outer));
            }
        }
        outer.close();
        throw new IOException(tarball + " has no layer " + digest);
    }

    private static byte[] member(Path tarball, String name) throws IOException {
        try (TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry; (entry = outer.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return outer.readAllBytes();
                }
            }
        }
        throw new IOException(tarball + " has no " + name);
    }

    private static String blob(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private static String path(TarArchiveEntry entry) {
        String name = entry.getName();
        while (name.startsWith("/") || name.startsWith("./")) {
            name = name.substring(name.startsWith("/") ? 1 : 2);
        }
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

}
