package no.sentret.outreach.assignments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.sentret.platform.records.VoidableRecord;

/** A competence-centre assignment: teaching, information, guidance of another service in a case. Voided with a reason, never deleted; it names no client (clientCode stays null). */
@Entity
@Table(name = "assignment")
public class Assignment extends VoidableRecord {

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public AssignmentKind kind;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public int participants;

    @Column(name = "concerns_young_people")
    public boolean concernsYoungPeople;
}
