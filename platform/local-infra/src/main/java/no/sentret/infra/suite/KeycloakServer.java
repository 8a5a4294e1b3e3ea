package no.sentret.infra.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak from the {@code org.keycloak:keycloak-quarkus-dist} zip on Maven Central, unpacked by
 * Maven (profile {@code keycloak-dist} of platform/local-infra), started in dev mode with the
 * committed realm {@code sentret}. Dev mode keeps its H2 database inside the unpacked folder, so
 * users and sessions survive a restart; the realm is imported only when it does not exist yet.
 */
final class KeycloakServer {

    static final String REALM = "sentret";
    /** Dev-only admin of Keycloak's master realm (not a Sentret user). */
    static final String ADMIN_USER = "kc-admin";
    static final String ADMIN_PASSWORD = "kc-admin-dev-password";

    private KeycloakServer() {
    }

    static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("versions.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new SuiteException("versions.properties missing: build platform/local-infra with Maven");
        }
    }

    /** The unpacked distribution, unpacked by Maven first when it is not there yet. */
    static Path ensureDistribution(SuiteOptions options) {
        Path dist = options.keycloakDir().resolve("keycloak-" + version());
        if (Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            return dist;
        }
        Path log = options.logDir().resolve("keycloak-unpack.log");
        List<String> cmd = List.of(maven(), "-B", "-ntp", "-q",
                "-f", options.root().resolve("platform/local-infra/pom.xml").toString(),
                "-Pkeycloak-dist", "validate", "-Dkeycloak.unpack.dir=" + options.keycloakDir());
        System.out.println("Unpacking Keycloak " + version() + " with Maven into " + options.keycloakDir() + " …");
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new SuiteException("unpacking Keycloak failed; see " + log);
            }
        } catch (IOException e) {
            throw new SuiteException("could not run Maven (" + cmd.get(0) + ") to unpack Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted while unpacking Keycloak");
        }
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new SuiteException("Maven ran but " + dist + "/bin/kc.sh is missing; see " + log);
        }
        return dist;
    }

    static ChildProcess start(Path dist, SuiteOptions options, ClientSecrets secrets) {
        try {
            byte[] realm;
            try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/sentret-realm.json")) {
                realm = in.readAllBytes();
            }
            if (RealmImport.place(dist, realm, secrets.asEnvironment())) {
                System.out.println("   Keycloak's dev database was not imported from the committed realm and this suite's client secrets"
                        + " (either changed, or is not on record): reset and the realm imported afresh (demo users as before; sessions end)");
            }
        } catch (IOException e) {
            throw new SuiteException("could not place the realm file: " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>(secrets.asEnvironment());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", options.keycloakHeap());
        // C1 only: a dev/test server starts faster and smaller; its peak throughput does not matter here
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        List<String> cmd = new ArrayList<>(List.of("bash", dist.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + options.keycloakPort()));
        return ChildProcess.start("keycloak", cmd, dist, env, options.logDir().resolve("keycloak.log"));
    }

    static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static String maven() {
        String home = System.getProperty("maven.home", System.getenv("MAVEN_HOME"));
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
