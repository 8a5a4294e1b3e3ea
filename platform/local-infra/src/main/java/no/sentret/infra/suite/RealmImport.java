package no.sentret.infra.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Places the committed realm where Keycloak's {@code --import-realm} reads it. Keycloak imports a realm only
 * when it does not exist yet, so a realm changed in the repository (a new client, the API's audience scope)
 * never reached a suite started before the change: its tokens lacked what the apps now require, and every
 * call was a 401. The same for the confidential clients' secrets, which the import resolves from
 * {@link ClientSecrets}: a suite home deleted without Keycloak's data made new secrets that the old database never
 * learnt, and the kiosk's and the municipality's tokens were refused. When the committed realm or the secrets differ
 * from what was last imported, the dev database (H2, under {@code data/h2}) is removed, so Keycloak imports the realm
 * afresh: the demo users come back from the realm file and the client secrets from {@link ClientSecrets}; only
 * sessions end.
 * <p>
 * What the database was imported from is recorded beside it ({@code data/h2-import.sha256}, a digest of the realm
 * and the secrets, which stay only in the suite's {@code client-secrets.properties}), not read from the file Keycloak
 * imports: that file was written on every start, also by installs that kept a database imported from an older realm,
 * so it could match the committed realm while the database did not. A database with no record is of unknown age and
 * is imported again too.
 */
final class RealmImport {

    private RealmImport() {}

    /**
     * @param secrets the variables the realm's placeholders resolve to ({@link ClientSecrets#asEnvironment()})
     * @return true when the dev database was reset because the realm or the secrets changed
     */
    static boolean place(Path dist, byte[] committedRealm, Map<String, String> secrets) throws IOException {
        Path imports = Files.createDirectories(dist.resolve("data/import"));
        Path imported = imports.resolve("sentret-realm.json");
        Path database = dist.resolve("data/h2");
        Path record = dist.resolve("data/h2-import.sha256");
        String importing = digest(committedRealm, secrets);
        boolean changed = Files.exists(database)
                && (!Files.exists(record) || !Files.readString(record, StandardCharsets.US_ASCII).equals(importing));
        if (changed) {
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.write(imported, committedRealm);
        Files.writeString(record, importing, StandardCharsets.US_ASCII);
        // the record of installs before the secrets counted: the realm itself, now in the digest
        Files.deleteIfExists(dist.resolve("data/h2-realm.json"));
        return changed;
    }

    private static String digest(byte[] realm, Map<String, String> secrets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(realm);
            new TreeMap<>(secrets).forEach((name, value) -> sha.update(("\n" + name + "=" + value).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
