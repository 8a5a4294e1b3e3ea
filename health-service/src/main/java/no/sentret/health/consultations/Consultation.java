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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sentret.platform.outbox.RowInsert;
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

    /**
     * This consultation as a new row, for the one statement that writes it, its lines and their events
     * (ConsultationService.record, issue 10). The columns are the mapping's above and VoidableRecord's;
     * ConsultationResourceTest reads every field back through Hibernate.
     */
    RowInsert asNewRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("client_code", clientCode);
        row.put("occurred_at", occurredAt);
        row.put("clinician", clinician);
        row.put("professional_type", professionalType);
        row.put("note", note);
        row.put("recorded_at", recordedAt);
        return RowInsert.into("consultation", row);
    }
}
