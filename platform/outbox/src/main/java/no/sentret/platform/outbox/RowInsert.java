package no.sentret.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One new row of a change, for {@link OutboxWriter#appendWithRows}: its table and its columns' values, in order. A
 * value is what the JDBC driver takes ({@code String}, {@code UUID}, numbers, {@code LocalDate}, {@code null}), an
 * {@link Instant} or an enum (stored by name).
 * Table and column names are code's, never input's: they are checked to be plain identifiers.
 */
public record RowInsert(String table, List<String> columns, List<Object> values) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public RowInsert {
        if (!IDENTIFIER.matcher(table).matches() || columns.isEmpty() || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
            throw new IllegalArgumentException("not a plain table and column list: " + table + " " + columns);
        }
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(columns.size() + " columns and " + values.size() + " values");
        }
        columns = List.copyOf(columns);
        values = Collections.unmodifiableList(new ArrayList<>(values)); // values may be null
    }

    /** A row from column → value pairs in insertion order (a {@link LinkedHashMap}). */
    public static RowInsert into(String table, Map<String, Object> row) {
        return new RowInsert(table, new ArrayList<>(row.keySet()), new ArrayList<>(row.values()));
    }

    /** What the statement's text depends on: rows of the same shape share one prepared statement. */
    record Shape(String table, List<String> columns) {
    }

    Shape shape() {
        return new Shape(table, columns);
    }

    /** Rows of one shape, for one multi-row insert: their values one row after the other. */
    record TableRows(Shape shape, List<Object> values, int rows) {
    }

    /** The rows by shape, each shape where its first row was (the statement's text depends on this order only). */
    static List<TableRows> byTable(List<RowInsert> rows) {
        Map<Shape, List<RowInsert>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.shape(), k -> new ArrayList<>()).add(r));
        List<TableRows> tables = new ArrayList<>(groups.size());
        groups.forEach((shape, group) -> {
            List<Object> values = new ArrayList<>(group.size() * shape.columns().size());
            group.forEach(r -> values.addAll(r.values()));
            tables.add(new TableRows(shape, values, group.size()));
        });
        return tables;
    }

    /**
     * The driver takes {@code java.time.OffsetDateTime} for timestamptz, not {@code Instant}; an enum is stored by its
     * name, as {@code @Enumerated(EnumType.STRING)} stores it.
     */
    static Object jdbcValue(Object value) {
        if (value instanceof Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
