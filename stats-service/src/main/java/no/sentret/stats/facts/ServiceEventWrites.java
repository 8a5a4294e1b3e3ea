package no.sentret.stats.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * A batch's service_event rows (one per service event: most of what a replay writes), folded by {@link SetWrites},
 * sent to PostgreSQL by binary COPY ({@link BinaryCopyRows}) instead of text arrays that pgjdbc prints and PostgreSQL
 * parses back.
 *
 * <p>The recorded rows are copied straight into service_event, inside a savepoint, when none of their keys is there
 * yet, which in a replay is every batch: COPY writes a page of rows at a time, and a plain insert checks the key
 * once, where {@code INSERT … ON CONFLICT} looks each key up before inserting it and confirms every row once more.
 * COPY has no ON CONFLICT: when a key is there already (a duplicate delivery, a record after its void's placeholder)
 * the unique key refuses the whole COPY, the savepoint takes it back, and the rows go the exact way instead:
 * staged by COPY into a temporary table and upserted from it as before ({@link #UPSERT}). Voids always go that way
 * (their record is usually stored already). A plain insert of rows whose keys are all absent writes what the upsert
 * would have written, so the figures do not depend on which way a batch took.
 */
final class ServiceEventWrites {

    private static final String COLUMNS = "gen, source, id, area, client_code, occurred_at, oslo_date, oslo_year, oslo_month, recorded, voided";
    private static final String UNIQUE_VIOLATION = "23505";

    static final String COPY_NEW = "copy service_event (" + COLUMNS + ") from stdin (format binary)";
    /**
     * One per connection (temporary: no WAL, no other session sees it; emptied at every commit). Its columns are
     * service_event's as the migrations left them (types, widths, collations, not-null), so a value service_event
     * would refuse is refused here, with the same SQLState.
     */
    static final String STAGING = "create temporary table if not exists service_event_batch (like service_event) on commit delete rows";
    static final String COPY_STAGED = "copy service_event_batch (" + COLUMNS + ") from stdin (format binary)";
    /**
     * Takes the staged rows out as it writes them (the event-by-event retry stages and writes several times in one
     * transaction). The folding leaves one row per (source, id), as ON CONFLICT DO UPDATE requires.
     */
    static final String UPSERT = """
            with staged as (delete from service_event_batch returning *)
            insert into service_event as t (%s)
            select %s from staged
            on conflict (gen, source, id) do update set
                area = case when excluded.recorded then excluded.area else t.area end,
                client_code = case when excluded.recorded then excluded.client_code else t.client_code end,
                occurred_at = case when excluded.recorded then excluded.occurred_at else t.occurred_at end,
                oslo_date = case when excluded.recorded then excluded.oslo_date else t.oslo_date end,
                oslo_year = case when excluded.recorded then excluded.oslo_year else t.oslo_year end,
                oslo_month = case when excluded.recorded then excluded.oslo_month else t.oslo_month end,
                recorded = t.recorded or excluded.recorded,
                voided = t.voided or excluded.voided""".formatted(COLUMNS, COLUMNS);

    private ServiceEventWrites() {
    }

    static void write(Connection c, int gen, Collection<SetWrites.ServiceRow> rows) throws SQLException {
        List<SetWrites.ServiceRow> recorded = new ArrayList<>(rows.size());
        List<SetWrites.ServiceRow> upsert = new ArrayList<>();
        for (SetWrites.ServiceRow r : rows) {
            (r.recorded ? recorded : upsert).add(r);
        }
        if (!recorded.isEmpty() && !copyAllNew(c, encode(gen, recorded))) {
            upsert.addAll(recorded);
        }
        if (!upsert.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute(STAGING);
            }
            copy(c, COPY_STAGED, encode(gen, upsert));
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                ps.executeUpdate();
            }
        }
    }

    /** @return false when a key was in service_event already, and nothing was written */
    private static boolean copyAllNew(Connection c, byte[] rows) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            copy(c, COPY_NEW, rows);
        } catch (SQLException e) {
            try {
                c.rollback(before);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
                throw e;
            }
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e; // a value PostgreSQL refuses: the caller sets the event aside
        }
        c.releaseSavepoint(before);
        return true;
    }

    private static byte[] encode(int gen, List<SetWrites.ServiceRow> rows) {
        BinaryCopyRows copy = new BinaryCopyRows(rows.size());
        for (SetWrites.ServiceRow r : rows) {
            Fact.ServiceFact f = r.fact;
            LocalDate date = r.recorded ? OsloCalendar.date(f.occurredAt()) : null;
            copy.row(11)
                    .int4(gen)
                    .text(f.source())
                    .uuid(f.id())
                    .text(f.area().name())
                    .text(f.clientCode())
                    .timestamptz(r.recorded ? f.occurredAt() : null)
                    .date(date)
                    .int4(date == null ? null : date.getYear())
                    .int4(date == null ? null : date.getMonthValue())
                    .bool(r.recorded)
                    .bool(r.voided);
        }
        return copy.finish();
    }

    private static void copy(Connection c, String sql, byte[] rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(rows));
        } catch (IOException e) {
            throw new SQLException("could not send the batch's service events", e); // a byte array does not fail to read
        }
    }
}
