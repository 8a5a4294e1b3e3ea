package no.sentret.stats.privacy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stats' part of a data subject's export: every row of the active generation under the code and the codes
 * merged into it, as stored (as the kit's {@code SubjectRecords} does for the ORM services), read in one
 * repeatable-read transaction that also writes the audit row (resource {@value #RESOURCE}, the code as its id).
 * Frozen years hold pseudonyms, never a code: what they kept of it is the client row's frozen_first_seen and
 * frozen_last_seen, exported with the row. {@code erased_client} is left out: it is the erasure itself
 * (the code and a year), kept to unlink a late event of the code, and holds nothing about the person.
 */
@ApplicationScoped
public class ClientExport {

    public static final String RESOURCE = "client-export";

    /** The kit's ClientCodes alphabet and lengths (platform/records, which stats does not depend on: it brings ORM). */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{4,12}");

    /** Every table that refers to a client code (a new one belongs here and in the erasure), {@code ?1} the codes, {@code ?2} the code. */
    static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        // codes and sources compare byte-wise since V9; the export keeps the order it had (the database's collation)
        q.put("client", "select * from client where gen = :gen and code = any(?) order by code collate \"default\"");
        q.put("clientAliases", "select * from client_alias where gen = :gen and (merged_code = any(?) or surviving_code = ?) order by merged_code collate \"default\"");
        q.put("serviceEvents", "select * from service_event where gen = :gen and client_code = any(?) order by occurred_at, source collate \"default\", id");
        return q;
    }

    private final AgroalDataSource dataSource;
    private final AuditRows audit;
    private final String service;

    public ClientExport(AgroalDataSource dataSource, AuditRows audit, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.service = service;
    }

    public SubjectSection export(String clientCode) {
        String code = validCode(clientCode);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                int gen = activeGeneration(c);
                String[] codes = codesOf(c, gen, code);
                Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
                for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                    records.put(query.getKey(), rows(c, query.getValue().replace(":gen", Integer.toString(gen)), codes, code));
                }
                audit.read(c, RESOURCE, code);
                c.commit();
                return new SubjectSection(service, code, Instant.now(), records);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export of a client code failed", e);
        }
    }

    /** The code as stored (upper case), or a 400 naming {@code clientCode}. */
    static String validCode(String clientCode) {
        String code = clientCode == null ? "" : clientCode.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("clientCode", "must be a client code (4 to 12 of " + ALPHABET + ")");
        }
        return code;
    }

    private static int activeGeneration(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select active_gen from stats_generation where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The code and every code merged into it (client_alias is kept transitively closed: one step finds them all). */
    private static String[] codesOf(Connection c, int gen, String code) throws SQLException {
        List<String> codes = new ArrayList<>(List.of(code));
        try (PreparedStatement ps = c.prepareStatement("select merged_code from client_alias where gen = ? and surviving_code = ? order by merged_code collate \"default\"")) {
            ps.setInt(1, gen);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes.toArray(String[]::new);
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, String[] codes, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", codes));
            if (ps.getParameterMetaData().getParameterCount() > 1) {
                ps.setString(2, code);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** JDBC's types as JSON-friendly ones: instants and dates in ISO-8601, not epoch numbers (as the kit's export). */
    private static Object plain(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value;
    }
}
