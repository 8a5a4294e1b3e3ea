package no.sentret.platform.outbox;

import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The outbox's insert for a number of rows, built once per number (the driver caches its prepared form by text). */
final class OutboxInserts {

    /** Rows per statement at most: nine parameters a row, and the protocol allows 65,535 per statement. */
    static final int MAX_ROWS = 100;

    private static final String COLUMNS = "insert into outbox_event (event_id, type, schema_version, occurred_at, "
            + "recorded_at, source, client_code, payload, trace_parent) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)";
    private static final ConcurrentMap<Integer, String> BY_ROWS = new ConcurrentHashMap<>();
    private static final String SELECTED = "select ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ? from change";
    private static final ConcurrentMap<RowInsert.Shape, String> WITH_ROW = new ConcurrentHashMap<>();

    private OutboxInserts() {
    }

    static String forRows(int rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("an insert of " + rows + " rows");
        }
        return BY_ROWS.computeIfAbsent(rows, n -> COLUMNS + String.join(", ", Collections.nCopies(n, ROW)));
    }

    /** A row's insert and its event's in one statement: the event row is selected from the inserted row, so one each. */
    static String withRow(RowInsert row) {
        return WITH_ROW.computeIfAbsent(row.shape(), shape -> "with change as (insert into " + shape.table() + " ("
                + String.join(", ", shape.columns()) + ") values (" + String.join(", ", Collections.nCopies(shape.columns().size(), "?"))
                + ") returning 1) " + COLUMNS.replace(" values ", " ") + SELECTED);
    }
}
