package no.sentret.e2e.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sentret.image.AppImage;
import no.sentret.image.BuildImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14: every app's image is built offline (no Docker daemon, no base image from a registry) as an OCI tarball,
 * and what k8s/ relies on is in it: the entrypoint, a non-root user, the two ports, files the app cannot change.
 * Then the gateway's image is run as k8s would run it — its own root filesystem (chroot), user 185 — and answers
 * its liveness probe: the image holds everything the app needs, not just the right metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OciImagesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "oci").toAbsolutePath();

    private final List<OciTarball> images = new ArrayList<>();

    @BeforeAll
    void buildEveryImage() throws Exception {
        Path runtime = AppImage.runtimeRoot(WORK.resolve("runtime-root"));
        for (String app : BuildImages.APPS) {
            Path tarball = WORK.resolve(app + "-oci.tar");
            String reference = "registry.sentret.example.org/sentret/" + app + ":1.0.0-test";
            new AppImage(runtime, ROOT.resolve(app).resolve("target/quarkus-app"), reference,
                    BuildImages.labels(app, "1.0.0-test")).writeTarball(tarball);
            images.add(OciTarball.read(app, tarball));
        }
    }

    @Test
    void everyImageStartsTheAppAsANonRootUserOnItsPorts() {
        for (OciTarball image : images) {
            Map<String, Object> config = image.runConfig();
            assertEquals("185:185", config.get("User"), image.app());
            assertEquals(AppImage.entrypoint(), config.get("Entrypoint"), image.app());
            assertEquals(Set.of("8080/tcp", "9000/tcp"), ((Map<?, ?>) config.get("ExposedPorts")).keySet(), image.app());
            assertEquals(image.app(), image.labels().get("org.opencontainers.image.title"));
        }
    }

    @Test
    void everyImageHoldsTheRuntimeAndTheAppAndNothingTheAppCanChange() throws Exception {
        for (OciTarball image : images) {
            Map<String, OciTarball.Entry> files = image.files();
            assertTrue(files.get("opt/java/bin/java").executable(), image.app() + ": no java");
            assertTrue(files.containsKey("deployments/quarkus-run.jar"), image.app() + ": no quarkus-run.jar");
            assertTrue(files.containsKey("lib64/ld-linux-x86-64.so.2"), image.app() + ": no dynamic loader");
            assertFalse(files.containsKey("bin/sh"), image.app() + ": a shell in the image");
            Set<String> changeable = new TreeSet<>();
            files.forEach((path, entry) -> {
                if (!path.equals("tmp") && (entry.uid() != 0 || entry.writableByOthers())) {
                    changeable.add(path);
                }
            });
            assertEquals(Set.of(), changeable, image.app() + ": files the app's user could change");
        }
    }

    @Test
    void theSameInputsGiveTheSameImage() throws Exception {
        OciTarball first = images.get(0);
        Path again = WORK.resolve(first.app() + "-again.tar");
        new AppImage(WORK.resolve("runtime-root"), ROOT.resolve(first.app()).resolve("target/quarkus-app"),
                "registry.sentret.example.org/sentret/" + first.app() + ":1.0.0-test",
                BuildImages.labels(first.app(), "1.0.0-test")).writeTarball(again);
        assertEquals(first.manifestDigest(), OciTarball.read(first.app(), again).manifestDigest());
    }

    @Test
    void theGatewaysImageRunsOnItsOwnRootFilesystemAsUser185() throws Exception {
        OciTarball gateway = images.stream().filter(i -> i.app().equals("gateway")).findFirst().orElseThrow();
        Path rootfs = gateway.unpack(WORK.resolve("gateway-rootfs"));
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=185:185", rootfs.toString()));
        command.addAll(AppImage.entrypoint());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(gateway.environment());
        // free ports instead of 8080/9000: other processes on this machine may hold them
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        // no broker here: the gateway would wait its whole max-staleness (10 s) for the logout feed before it starts
        builder.environment().put("SENTRET_GATEWAY_REVOKED_SESSIONS_MAX_STALENESS", "1S");
        Path log = WORK.resolve("gateway-in-image.log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            int management = managementPort(log, process, Duration.ofSeconds(180));
            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + management + "/q/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode(), live.body());
            assertTrue(live.body().contains("\"UP\""), live.body());
        } finally {
            // killed, not stopped: a graceful stop waits 10 s for the logout feed's broker calls, and proves nothing here
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static final Pattern MANAGEMENT = Pattern.compile("Management interface listening on http://[^:]+:(\\d+)");

    private static int managementPort(Path log, Process process, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            Matcher started = MANAGEMENT.matcher(output);
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the gateway's image exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the gateway's image did not start within " + within + ":\n" + Files.readString(log));
    }
}
