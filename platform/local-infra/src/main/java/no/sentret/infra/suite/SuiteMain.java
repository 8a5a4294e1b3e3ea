package no.sentret.infra.suite;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./sentret}: starts the suite, prints where it is, and runs until Ctrl-C or SIGTERM, which
 * stop every process it started (the shutdown hook of {@link Suite}).
 */
public final class SuiteMain {

    /** Set as soon as the JVM shuts down: the components then exit on purpose (Ctrl-C reaches them too). */
    private static volatile boolean shuttingDown;

    private SuiteMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("sentret.root", ".")).toAbsolutePath().normalize();
        SuiteOptions options = SuiteOptions.fromEnvironment(root, System.getenv());
        System.out.println("Starting Sentret (data in " + options.home() + ", logs in " + options.logDir() + ") …");
        Suite suite;
        try {
            suite = Suite.start(options);
        } catch (SuiteException e) {
            System.err.println();
            System.err.println("Sentret did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shuttingDown = true, "sentret-shutting-down"));
        printBanner(suite);
        watch(suite);
    }

    /** Reports a component that dies while the suite runs (it is not restarted: its log says why). */
    private static void watch(Suite suite) throws InterruptedException {
        Set<String> reported = new HashSet<>();
        while (true) {
            Thread.sleep(2000);
            for (String dead : suite.exitedComponents()) {
                if (!shuttingDown && reported.add(dead)) {
                    System.err.println("!! " + dead + " has exited");
                }
            }
        }
    }

    private static void printBanner(Suite suite) {
        String token = suite.tokenUrl();
        String text = """

                Sentret is UP (all components ready after %.1f s)

                  Gateway       %s
                  Swagger UI    %s
                  Keycloak      %s   (admin console: %s / %s, dev only)
                  Logs          %s
                  Data          %s

                Demo logins (realm 'sentret', DEV ONLY passwords):
                %s
                Machine clients (client credentials; secrets generated into %s):
                  sentret-municipality   role municipality
                  sentret-kiosk          role kiosk
                  sentret-frontdesk-integration   role staff (an integrator's front-desk system)

                A token for the staff demo user:
                  curl -s -d grant_type=password -d client_id=sentret-e2e -d username=staff -d password=staff-dev-password \\
                       %s

                Ctrl-C stops everything.
                """.formatted(suite.startDuration().toMillis() / 1000.0, suite.gatewayUrl(), suite.swaggerUiUrl(),
                suite.keycloakUrl(), KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD,
                suite.options().logDir(), suite.options().home(), demoLogins(),
                suite.options().home().resolve("client-secrets.properties"), token);
        System.out.println(text);
    }

    private static String demoLogins() {
        StringBuilder sb = new StringBuilder();
        for (String role : List.of("staff", "clinician", "lawyer", "legal-coordinator", "outreach", "analyst", "municipality", "admin", "kiosk")) {
            sb.append(String.format("  %-17s / %-30s role %s%n", role, role + "-dev-password", role));
        }
        return sb.toString();
    }
}
