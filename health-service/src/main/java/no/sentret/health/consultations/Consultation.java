package no.sentret.health.consultations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.records.VoidableRecord;

/** A health consultation: who saw which client when, and the services given (one line each). */
@Entity
@Table(name = "consultation")
public class Consultation extends VoidableRecord {

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** The clinician's token subject. */
    public String clinician;

    @Enumerated(EnumType.STRING)
    @Column(name = "professional_type")
    public ProfessionalType professionalType;

    public String note;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ServiceLine> lines = new ArrayList<>();
}
