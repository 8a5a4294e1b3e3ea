package no.sentret.infra.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import no.sentret.infra.kafka.KafkaBroker;
import no.sentret.infra.postgres.LocalPostgres;

/**
 * The real PostgreSQL and Kafka a test JVM talks to: started once per JVM (so once per module's
 * test run, never per test class) and stopped when the JVM exits.
 * <ul>
 *   <li>{@code SENTRET_TEST_JDBC_URL} (+ {@code SENTRET_TEST_DB_USER}, {@code SENTRET_TEST_DB_PASSWORD}):
 *   an external server; each test JVM gets a fresh database on it.</li>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS}: an external broker instead of the broker process.</li>
 * </ul>
 */
public final class TestInfrastructure {

    private static LocalPostgres postgres;
    private static KafkaBroker kafka;
    private static Database database;

    public record Database(String jdbcUrl, String user, String password) {
    }

    private TestInfrastructure() {
    }

    public static synchronized Database database() {
        if (database != null) {
            return database;
        }
        String external = System.getenv("SENTRET_TEST_JDBC_URL");
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("SENTRET_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("SENTRET_TEST_DB_PASSWORD", "");
            LocalPostgres.ensureDatabase(external, user, password, name);
            database = new Database(external.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user, password);
        } else {
            postgres = LocalPostgres.start(null, 0);
            postgres.ensureDatabase(name);
            database = new Database(postgres.jdbcUrl(name), LocalPostgres.USER, "");
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
        }
        return database;
    }

    /** @return the bootstrap servers of the JVM's broker */
    public static synchronized String kafkaBootstrapServers() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        return broker().bootstrapServers();
    }

    /** The broker process, for tests that take it away and bring it back. Not available with an external broker. */
    public static synchronized KafkaBroker broker() {
        if (kafka == null) {
            if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null && !System.getenv("KAFKA_BOOTSTRAP_SERVERS").isBlank()) {
                throw new IllegalStateException("KAFKA_BOOTSTRAP_SERVERS names an external broker; this test needs the local broker process");
            }
            try {
                Path dir = Files.createTempDirectory("sentret-kafka-");
                Path log = Paths.get("target", "kafka-broker.log").toAbsolutePath();
                kafka = KafkaBroker.start(dir, 0, log);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-test-kafka"));
        }
        return kafka;
    }

    public static boolean hasOwnBroker() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return external == null || external.isBlank();
    }
}
