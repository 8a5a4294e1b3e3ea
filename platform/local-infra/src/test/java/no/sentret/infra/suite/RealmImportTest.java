package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite started before the realm changed got none of the change (a 401 for every call): now it does. */
class RealmImportTest {

    private static final byte[] OLD = "{\"realm\":\"sentret\",\"clients\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "{\"realm\":\"sentret\",\"clients\":[{\"clientId\":\"x\"}]}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> SECRETS = Map.of("SENTRET_KIOSK_CLIENT_SECRET", "first");

    @Test
    void aChangedRealmResetsTheDevDatabaseSoItIsImportedAgain(@TempDir Path dist) throws Exception {
        RealmImport.place(dist, OLD, SECRETS);
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "the realm as first imported");

        assertTrue(RealmImport.place(dist, NEW, SECRETS));
        assertFalse(Files.exists(database));
        assertArrayEquals(NEW, Files.readAllBytes(dist.resolve("data/import/sentret-realm.json")));
    }

    @Test
    void theSameRealmKeepsTheDatabaseWithItsUsersAndSessions(@TempDir Path dist) throws Exception {
        RealmImport.place(dist, OLD, SECRETS);
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "users and sessions");

        assertFalse(RealmImport.place(dist, OLD, SECRETS));
        assertTrue(Files.exists(database));
    }

    @Test
    void aDatabaseWhoseRealmIsNotOnRecordIsImportedAgain(@TempDir Path dist) throws Exception {
        // a dev database imported before its realm was recorded (an install older than the record, or one where
        // the file Keycloak reads was rewritten without resetting it): which realm it holds is unknown; here it
        // held a realm without the API's audience, and every call of the suite was a 401
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "a realm of unknown age");
        Files.write(Files.createDirectories(dist.resolve("data/import")).resolve("sentret-realm.json"), NEW);

        assertTrue(RealmImport.place(dist, NEW, SECRETS));
        assertFalse(Files.exists(database));
        assertFalse(RealmImport.place(dist, NEW, SECRETS), "recorded now: the next start keeps the database");
    }

    @Test
    void newClientSecretsResetTheDevDatabaseSoTheClientsAreImportedWithThem(@TempDir Path dist) throws Exception {
        // the suite's home deleted without Keycloak's data: the launcher generated new secrets, the database kept the
        // old ones, and every client-credentials token (the kiosk, the municipality) was refused
        RealmImport.place(dist, NEW, SECRETS);
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "clients with the first secrets");

        assertTrue(RealmImport.place(dist, NEW, Map.of("SENTRET_KIOSK_CLIENT_SECRET", "second")));
        assertFalse(Files.exists(database));
        assertFalse(Files.readString(dist.resolve("data/h2-import.sha256")).contains("second"), "the record does not hold the secret");
    }

    @Test
    void aFirstStartPlacesTheRealm(@TempDir Path dist) throws Exception {
        assertFalse(RealmImport.place(dist, NEW, SECRETS));
        assertArrayEquals(NEW, Files.readAllBytes(dist.resolve("data/import/sentret-realm.json")));
    }
}
