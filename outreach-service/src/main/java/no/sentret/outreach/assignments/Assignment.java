package no.sentret.outreach.assignments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A competence-centre assignment: teaching, information, guidance of another service in a case. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public AssignmentKind kind;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public int participants;

    @Column(name = "concerns_young_people")
    public boolean concernsYoungPeople;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
