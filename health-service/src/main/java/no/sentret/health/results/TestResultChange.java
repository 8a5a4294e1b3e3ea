package no.sentret.health.results;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.health.consultations.TestResult;

/** One change of a test's result or of when the client was told: the state after it, who, when, why. */
@Entity
@Table(name = "test_result_change")
public class TestResultChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "line_id")
    public UUID lineId;

    @Enumerated(EnumType.STRING)
    public TestResult result;

    @Column(name = "told_at")
    public Instant toldAt;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    static List<TestResultChange> of(UUID lineId) {
        return list("lineId = ?1 order by id", lineId);
    }
}
