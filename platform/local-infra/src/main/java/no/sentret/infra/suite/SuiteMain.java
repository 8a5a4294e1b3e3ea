package no.sentret.infra.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./sentret}: starts the suite, prints where it is, and runs until Ctrl-C or SIGTERM, which
 * stop every process it started (the shutdown hook of {@link Suite}). A component that dies meanwhile
 * is started again with back-off, and the console says so.
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

    /**
     * Starts a component that dies again, with back-off ({@link Supervisor}), and says so on the
     * console and in {@code supervisor.log} beside the components' logs.
     */
    private static void watch(Suite suite) throws InterruptedException {
        Path log = suite.options().logDir().resolve("supervisor.log");
        suite.supervise(RestartBackOff.Policy.DEFAULT, line -> {
            if (shuttingDown) {
                return;
            }
            String stamped = java.time.LocalTime.now().withNano(0) + " " + line;
            System.err.println(stamped);
            try {
                java.nio.file.Files.writeString(log, stamped + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                // the console has it
            }
        });
        Thread.currentThread().join();
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
