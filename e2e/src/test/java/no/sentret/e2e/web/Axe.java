package no.sentret.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * axe-core (Deque's accessibility engine) run inside the page under test; a main screen may have no
 * serious or critical violation of WCAG 2.x A/AA and axe's best practices.
 *
 * <p>Where it comes from: no axe-core artifact resolves from Maven Central here (neither
 * {@code org.webjars.npm:axe-core} nor {@code org.mvnpm:axe-core}, several versions tried), so the
 * tests take the package's own tarball from the npm registry, the one other registry the project's
 * machines and CI reach, once: it is kept under {@code ~/.m2/repository/.cache/sentret/axe-core/} (beside
 * Maven's own downloads, so a fresh clone on a machine that ran the tests once needs no network) and is
 * checked against the registry's published SHA-512 integrity on every use, so a changed or truncated file
 * is never run. Nothing is added to the build, and the product never serves it. Another copy:
 * {@code -Dsentret.axe.tarball=/path/axe-core-4.10.3.tgz}.
 */
final class Axe {

    static final String VERSION = "4.10.3";
    /** dist.integrity of axe-core@4.10.3 in the npm registry. */
    private static final String INTEGRITY = "Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg==";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORTS = Browser.SCREENSHOTS.resolveSibling("axe");
    private static String source;

    private Axe() {
    }

    /** Runs axe on the page as it stands and fails on any serious or critical violation (report in target/axe/). */
    static void check(Browser browser, String screen) {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        long started = System.nanoTime();
        // the screens are one page: axe stays loaded from the screen before (its ~500 kB are sent and parsed once)
        if (!Boolean.TRUE.equals(browser.driver.executeScript("return typeof axe !== 'undefined';"))) {
            browser.driver.executeScript(source());
        }
        // resultTypes: the rules that pass are still run, but axe collects their nodes' details only for violations
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                                    resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) })))))
                  .catch((e) => done(JSON.stringify({ error: String(e) })));
                """);
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            System.out.printf("axe-core on %s: %d violations in %d ms%n", screen, violations.size(), (System.nanoTime() - started) / 1_000_000);
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(screen + ".json"), violations.toPrettyString());
            if (violations.isObject()) {
                throw new AssertionError("axe did not run on " + screen + ": " + violations);
            }
            List<String> grave = new ArrayList<>();
            for (JsonNode v : violations) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    grave.add(impact + " " + v.path("id").asText() + " (" + v.path("help").asText() + "): " + v.path("nodes"));
                }
            }
            assertEquals(List.of(), grave, "axe-core " + VERSION + " on " + screen + ": serious or critical violations");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Proves the check can fail: an input without a label put into the page is reported (critical),
     * then removed again.
     */
    static void assertDetectsAnUnlabelledInput(Browser browser) {
        browser.driver.executeScript("const i = document.createElement('input'); i.id = 'axe-probe'; document.getElementById('main').prepend(i);");
        try {
            check(browser, "probe");
            throw new IllegalStateException("axe did not report an input without a label");
        } catch (AssertionError expected) {
            if (!expected.getMessage().contains("label")) {
                throw expected;
            }
        } finally {
            browser.driver.executeScript("document.getElementById('axe-probe').remove();");
        }
    }

    private static synchronized String source() {
        if (source == null) {
            source = new String(extract(tarball(), "package/axe.min.js"), StandardCharsets.UTF_8);
        }
        return source;
    }

    private static byte[] tarball() {
        String given = System.getProperty("sentret.axe.tarball");
        if (given != null) {
            return verified(read(Path.of(given)), given);
        }
        Path cache = Path.of(System.getProperty("user.home"), ".m2", "repository", ".cache", "sentret", "axe-core",
                VERSION, "axe-core-" + VERSION + ".tgz");
        if (Files.isRegularFile(cache)) {
            byte[] cached = read(cache);
            if (matches(cached)) {
                return cached;
            }
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(TARBALL)).timeout(Duration.ofMinutes(2)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("axe-core " + VERSION + ": HTTP " + response.statusCode() + " from the npm registry");
            }
            byte[] downloaded = verified(response.body(), TARBALL);
            Files.createDirectories(cache.getParent());
            Path partial = Files.createTempFile(cache.getParent(), "axe", ".part");
            Files.write(partial, downloaded);
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return downloaded;
        } catch (IOException e) {
            throw new IllegalStateException("axe-core " + VERSION + " could not be fetched from the npm registry (" + e
                    + "); give a copy with -Dsentret.axe.tarball=", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] verified(byte[] tarball, String from) {
        if (!matches(tarball)) {
            throw new IllegalStateException("axe-core tarball from " + from + " does not match the registry's SHA-512 integrity");
        }
        return tarball;
    }

    private static boolean matches(byte[] tarball) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball)).equals(INTEGRITY);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file out of a gzipped tar (ustar: 512-byte headers, name, octal size, prefix). */
    static byte[] extract(byte[] tgz, String wanted) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = cString(header, 0, 100);
                String prefix = cString(header, 345, 155);
                String full = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                byte[] body = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (full.equals(wanted)) {
                    return body;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(wanted + " not in the axe-core tarball");
    }

    private static String cString(byte[] bytes, int from, int length) {
        int end = from;
        while (end < from + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
    }
}
