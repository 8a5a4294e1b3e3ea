package no.sentret.platform.privacy.subject;

/**
 * One kind of record a service holds under a client code: its name in the export and the SQL that
 * selects its rows, {@code ?1} the code. A service lists one for every table that refers to clients.
 */
public record SubjectQuery(String name, String sql) {
}
