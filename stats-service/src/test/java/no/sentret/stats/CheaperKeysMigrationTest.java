package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 (byte-wise codes and sources, a BRIN period index) on a database that ran V1..V8 and holds facts:
 * the rows and the figures read from them stay, and every code or source column a join compares is "C"
 * (an index serves a comparison only under its own collation, so one column left behind would lose its
 * partner's index).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CheaperKeysMigrationTest {

    private final Config config = ConfigProvider.getConfig();
    private final String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
    private final String user = config.getValue("quarkus.datasource.username", String.class);
    private final String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");

    /** The live services per canonical code, as the report's FactSnapshot.LIVE reads them. */
    private static final String LIVE_BY_PERSON = """
            select coalesce(a.surviving_code, e.client_code) as canon, count(*)
            from service_event e left join client_alias a on a.gen = e.gen and a.merged_code = e.client_code
            where e.gen = 1 and e.recorded and not e.voided and e.oslo_year = 2023
            group by 1 order by coalesce(a.surviving_code, e.client_code) collate "default" nulls first""";

    @Test
    void aDatabaseWithFactsMigratesAndCountsTheSame() throws Exception {
        String schema = "v9_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            flyway(schema, "8").migrate();
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                s.execute("""
                        insert into client (gen, code, gender) values (1, 'ab-1', 'WOMAN'), (1, 'AB_2', 'MAN'), (1, 'Zz9', 'MAN');
                        insert into client_alias (gen, merged_code, surviving_code) values (1, 'AB_2', 'ab-1');
                        insert into erased_client (gen, code, open_from_year) values (1, 'gone', 2030);
                        insert into service_event (gen, source, id, area, client_code, oslo_year, oslo_month, recorded, voided)
                        select 1, case when i % 2 = 0 then 'visit-service' else 'Health-Service' end, gen_random_uuid(), 'STUA',
                               (array['ab-1', 'AB_2', 'Zz9', null])[1 + i % 4], 2022 + i % 3, 1 + i % 12, true, i % 7 = 0
                        from generate_series(1, 500) i;
                        insert into health_service_line (gen, source, id, category)
                        select gen, source, id, 'STI_TEST' from service_event where source = 'Health-Service';""");
                List<String> before = rows(s, LIVE_BY_PERSON);
                int healthLines = count(s, "select count(*) from health_service_line h join service_event e "
                        + "on e.gen = h.gen and e.source = h.source and e.id = h.id");

                flyway(schema, "latest").migrate();

                assertEquals(before, rows(s, LIVE_BY_PERSON));
                assertEquals(healthLines, count(s, "select count(*) from health_service_line h join service_event e "
                        + "on e.gen = h.gen and e.source = h.source and e.id = h.id"));
                assertEquals(List.of(), rows(s, """
                        select table_name || '.' || column_name || ' ' || coalesce(collation_name, 'default')
                        from information_schema.columns
                        where table_schema = current_schema() and data_type = 'character varying'
                          and (column_name in ('source', 'code') or column_name like '%\\_code' escape '\\')
                          and coalesce(collation_name, '') <> 'C'
                        order by 1"""));
            }
        } finally {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .createSchemas(false)
                .locations(config.getValue("quarkus.flyway.locations", String[].class))
                .target(target)
                .load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
