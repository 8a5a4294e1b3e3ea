package no.sentret.stats.freeze;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's claim copies the frozen years ({@link FrozenYearCopy}) in the transaction that holds the generation
 * row. The client table's clause once named the outer row in its subquery ({@code e.gen = t.gen}): PostgreSQL then
 * ran it once per client row, a scan of service_event each, and StatsReplayBench's rebuild (5,000 clients, 400,000
 * events) sat in the claim for minutes. No statement of the copy may run a subquery per row: every sub-plan in
 * their plans is a hashed one, computed once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FrozenYearCopyPlanTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void noStatementOfTheCopyRunsASubqueryPerRow() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : FrozenYearCopy.statements(1, 2)) {
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("explain " + sql)) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                boolean perRow = plan.stream().anyMatch(line -> line.contains("(SubPlan "));
                assertTrue(!perRow, "a sub-plan run per row in\n" + sql + "\n" + String.join("\n", plan));
            }
        }
    }
}
