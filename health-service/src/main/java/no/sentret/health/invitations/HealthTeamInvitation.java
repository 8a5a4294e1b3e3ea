package no.sentret.health.invitations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A clinician's request that the front desk invite a client to see the health team; stands until cleared. No reason is kept. */
@Entity
@Table(name = "health_team_invitation")
public class HealthTeamInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_code")
    public String clientCode;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "cleared_by")
    public String clearedBy;
}
