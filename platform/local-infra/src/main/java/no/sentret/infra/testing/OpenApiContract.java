package no.sentret.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The committed OpenAPI document of a service ({@code openapi/<service>.yaml}) against the one the
 * code serves. Run the tests with {@code -Dsentret.openapi.update=true} to rewrite the committed
 * document after an intended change, then review and commit the diff.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** @return null when equal, otherwise a message naming the first differing line */
    public static String compare(String service, String served) {
        Path committed = committedPath(service);
        String normalisedServed = normalise(served);
        if (Boolean.getBoolean("sentret.openapi.update")) {
            try {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, normalisedServed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        if (!Files.exists(committed)) {
            return committed + " does not exist; run the tests once with -Dsentret.openapi.update=true and commit it";
        }
        String expected;
        try {
            expected = normalise(Files.readString(committed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expected.equals(normalisedServed)) {
            return null;
        }
        String[] a = expected.split("\n", -1);
        String[] b = normalisedServed.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "the served OpenAPI document drifted from " + committed + " at line " + (i + 1)
                        + ":\n  committed: " + left + "\n  served:    " + right
                        + "\nIf the change is intended, run with -Dsentret.openapi.update=true and commit the document.";
            }
        }
        return null;
    }

    public static Path committedPath(String service) {
        // tests run in the module folder; the contract lives beside the modules
        Path root = Paths.get("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("openapi")) && !Files.exists(root.resolve(".git"))) {
            root = root.getParent();
        }
        if (root == null) {
            root = Paths.get("..").toAbsolutePath();
        }
        return root.resolve("openapi").resolve(service + ".yaml");
    }

    /** The served document's server URLs depend on the random test port; line endings on the OS. */
    static String normalise(String doc) {
        // only a `servers` entry can carry the random test port; other URLs (the OIDC discovery URL) are contract
        return doc.replace("\r\n", "\n").replaceAll("(?m)^(\\s*- url: http://localhost):\\d+$", "$1").stripTrailing() + "\n";
    }
}
