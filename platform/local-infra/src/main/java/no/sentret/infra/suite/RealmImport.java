package no.sentret.infra.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Places the committed realm where Keycloak's {@code --import-realm} reads it. Keycloak imports a realm only
 * when it does not exist yet, so a realm changed in the repository (a new client, the API's audience scope)
 * never reached a suite started before the change: its tokens lacked what the apps now require, and every
 * call was a 401. When the committed realm differs from the one last imported, the dev database (H2, under
 * {@code data/h2}) is removed, so Keycloak imports the realm afresh: the demo users come back from the realm
 * file and the client secrets from {@link ClientSecrets}; only sessions end.
 * <p>
 * What the database was imported from is recorded beside it ({@code data/h2-realm.json}), not read from the file
 * Keycloak imports: that file was written on every start, also by installs that kept a database imported from an
 * older realm, so it could match the committed realm while the database did not. A database with no record is of
 * unknown age and is imported again too.
 */
final class RealmImport {

    private RealmImport() {}

    /** @return true when the dev database was reset because the committed realm changed */
    static boolean place(Path dist, byte[] committedRealm) throws IOException {
        Path imports = Files.createDirectories(dist.resolve("data/import"));
        Path imported = imports.resolve("sentret-realm.json");
        Path database = dist.resolve("data/h2");
        Path record = dist.resolve("data/h2-realm.json");
        boolean changed = Files.exists(database)
                && (!Files.exists(record) || !Arrays.equals(Files.readAllBytes(record), committedRealm));
        if (changed) {
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.write(imported, committedRealm);
        Files.write(record, committedRealm);
        return changed;
    }
}
