package no.sentret.platform.directory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.infra.testing.TestInfrastructure;
import org.flywaydb.core.Flyway;

/**
 * The test JVM's database as the previous release left it: the kit's outbox migration (0.1) and a
 * service's V1 applied, the client directory's kit migration (0.3.1) not yet released. The app then
 * starts on it with the kit's Flyway settings, as an upgraded service would.
 */
public class PreviousVersionDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new RealInfrastructureResource().start();
        TestInfrastructure.Database db = TestInfrastructure.database();
        Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/previous", "classpath:db/migration")
                .load()
                .migrate();
        return config;
    }

    @Override
    public void stop() {
    }
}
