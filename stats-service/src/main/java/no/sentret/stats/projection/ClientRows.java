package no.sentret.stats.projection;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.sentret.stats.report.FactSnapshot;

/**
 * What the rows know of the clients, read with the report's snapshot: the aliases of merged codes, the client rows
 * (attributes, first registration, first seen in a frozen year), the erased codes and the frozen years. Clients are
 * rare facts (hundreds a year against thousands of services) with the rows' own lifetime — merges kept transitively
 * closed, a row removed by an erasure once nothing refers to the person, by retention, a first seen kept when a year is
 * frozen — so the projection derives its figures with them instead of folding them again (stats README, "The
 * projection").
 */
public final class ClientRows {

    /** A client row's attributes (null when not stated) */
    public record Row(String gender, String nationality, String ageGroup) {
    }

    private final Map<String, String> roots = new HashMap<>();
    private final Map<String, Row> rows = new HashMap<>();
    private final Map<String, Integer> erasedFrom = new HashMap<>();
    private final Set<Integer> frozenYears = new HashSet<>();
    /** per root code, the earliest registration or frozen first seen of the person's client rows, as an epoch day */
    private final Map<String, Integer> firstDayByRoot = new HashMap<>();

    /** no clients: what a derivation knows without the rows (the bench times one so) */
    public static ClientRows empty() {
        return new ClientRows();
    }

    public static ClientRows read(FactSnapshot.Query q) throws SQLException {
        ClientRows c = new ClientRows();
        for (Object[] r : q.rows("select merged_code, surviving_code from client_alias where gen = :gen")) {
            c.roots.put((String) r[0], (String) r[1]);
        }
        for (Object[] r : q.rows("select code, open_from_year from erased_client where gen = :gen")) {
            c.erasedFrom.put((String) r[0], ((Number) r[1]).intValue());
        }
        c.frozenYears.addAll(frozenYears(q));
        for (Object[] r : q.rows("select code, gender, nationality, age_group, least(first_registered_on, frozen_first_seen) "
                + "from client where gen = :gen")) {
            String code = (String) r[0];
            c.rows.put(code, new Row((String) r[1], (String) r[2], (String) r[3]));
            if (r[4] != null) {
                int day = (int) ((java.sql.Date) r[4]).toLocalDate().toEpochDay();
                c.firstDayByRoot.merge(c.root(code), day, Math::min);
            }
        }
        return c;
    }

    public static Set<Integer> frozenYears(FactSnapshot.Query q) throws SQLException {
        Set<Integer> years = new HashSet<>();
        for (Object[] r : q.rows("select year from frozen_year where gen = :gen")) {
            years.add(((Number) r[0]).intValue());
        }
        return years;
    }

    /** the code the person counts under: the surviving code of a merged one (the aliases are transitively closed) */
    String root(String code) {
        return roots.getOrDefault(code, code);
    }

    /** the client row of the code, or null */
    Row row(String code) {
        return rows.get(code);
    }

    /** the first year an erasure unlinked the code's events from, or {@link Integer#MAX_VALUE} */
    int erasedFrom(String code) {
        return erasedFrom.getOrDefault(code, Integer.MAX_VALUE);
    }

    boolean frozen(int year) {
        return frozenYears.contains(year);
    }

    /** the earliest registration (or frozen first seen) of any of the person's client rows, or {@link Integer#MAX_VALUE} */
    int firstDay(String root) {
        return firstDayByRoot.getOrDefault(root, Integer.MAX_VALUE);
    }
}
