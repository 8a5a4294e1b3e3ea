package no.sentret.stats.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs report queries against one consistent snapshot (repeatable read, read only) of the active
 * generation, so a report never mixes two states of the facts or two generations.
 */
@ApplicationScoped
public class FactSnapshot {

    /** Live (recorded, not voided) service events with the canonical code of their client (null = anonymous). */
    static final String LIVE = """
            select e.area, e.oslo_year, e.oslo_month, e.oslo_date, coalesce(a.surviving_code, e.client_code) as canon
            from service_event e left join client_alias a on a.gen = e.gen and a.merged_code = e.client_code
            where e.gen = :gen and e.recorded and not e.voided""";

    public interface Work<T> {
        T run(Query q) throws SQLException;
    }

    /** Parameters are named in the SQL as {@code :gen} (filled in) and {@code ?} (positional). */
    public static final class Query {
        private final Connection c;
        private final int gen;

        /** a query of generation {@code gen} on the connection (a report's is {@link #read}'s snapshot) */
        public Query(Connection c, int gen) {
            this.c = c;
            this.gen = gen;
        }

        public List<Object[]> rows(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql.replace(":gen", Integer.toString(gen)))) {
                for (int i = 0; i < params.length; i++) {
                    if (params[i] instanceof String[] array) {
                        ps.setArray(i + 1, c.createArrayOf("varchar", array));
                    } else {
                        ps.setObject(i + 1, params[i]);
                    }
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        }
    }

    private final AgroalDataSource dataSource;

    public FactSnapshot(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                int gen;
                try (PreparedStatement ps = c.prepareStatement("select active_gen from stats_generation where id = 1");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    gen = rs.getInt(1);
                }
                return work.run(new Query(c, gen));
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics database unavailable: " + e.getMessage(), e);
        }
    }

    static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
