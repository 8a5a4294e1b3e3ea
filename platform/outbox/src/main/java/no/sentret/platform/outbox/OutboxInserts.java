package no.sentret.platform.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    private static final ConcurrentMap<List<Object>, String> WITH_ROWS = new ConcurrentHashMap<>();

    private OutboxInserts() {
    }

    static String forRows(int rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("an insert of " + rows + " rows");
        }
        return BY_ROWS.computeIfAbsent(rows, n -> COLUMNS + String.join(", ", Collections.nCopies(n, ROW)));
    }

    /**
     * Rows (one multi-row insert per table, {@code RowInsert.byTable}) and events in one statement: each table's insert
     * is a data-modifying {@code with} clause, which PostgreSQL runs whether or not the main statement reads it.
     */
    static String withRows(List<RowInsert.TableRows> grouped, int events) {
        List<Object> key = new ArrayList<>();
        grouped.forEach(r -> {
            key.add(r.shape());
            key.add(r.rows());
        });
        key.add(events);
        return WITH_ROWS.computeIfAbsent(key, k -> {
            StringBuilder sql = new StringBuilder("with ");
            for (int i = 0; i < grouped.size(); i++) {
                RowInsert.Shape shape = grouped.get(i).shape();
                String row = "(" + String.join(", ", Collections.nCopies(shape.columns().size(), "?")) + ")";
                sql.append(i == 0 ? "" : ", ").append("r").append(i).append(" as (insert into ").append(shape.table())
                        .append(" (").append(String.join(", ", shape.columns())).append(") values ")
                        .append(String.join(", ", Collections.nCopies(grouped.get(i).rows(), row))).append(")");
            }
            // with no event the statement still needs a main part: it reads nothing and writes nothing
            return sql.append(events == 0 ? " select 1" : " " + forRows(events)).toString();
        });
    }
}
