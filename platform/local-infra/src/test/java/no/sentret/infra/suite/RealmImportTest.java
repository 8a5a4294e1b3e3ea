package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite started before the realm changed got none of the change (a 401 for every call): now it does. */
class RealmImportTest {

    private static final byte[] OLD = "{\"realm\":\"sentret\",\"clients\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "{\"realm\":\"sentret\",\"clients\":[{\"clientId\":\"x\"}]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aChangedRealmResetsTheDevDatabaseSoItIsImportedAgain(@TempDir Path dist) throws Exception {
        RealmImport.place(dist, OLD);
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "the realm as first imported");

        assertTrue(RealmImport.place(dist, NEW));
        assertFalse(Files.exists(database));
        assertArrayEquals(NEW, Files.readAllBytes(dist.resolve("data/import/sentret-realm.json")));
    }

    @Test
    void theSameRealmKeepsTheDatabaseWithItsUsersAndSessions(@TempDir Path dist) throws Exception {
        RealmImport.place(dist, OLD);
        Path database = Files.createDirectories(dist.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "users and sessions");

        assertFalse(RealmImport.place(dist, OLD));
        assertTrue(Files.exists(database));
    }

    @Test
    void aFirstStartPlacesTheRealm(@TempDir Path dist) throws Exception {
        assertFalse(RealmImport.place(dist, NEW));
        assertArrayEquals(NEW, Files.readAllBytes(dist.resolve("data/import/sentret-realm.json")));
    }
}
