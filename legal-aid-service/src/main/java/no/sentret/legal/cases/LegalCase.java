package no.sentret.legal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import no.sentret.platform.records.VoidableRecord;

/** A case opened from an inquiry (special-category data: reads are audit-logged). */
@Entity
@Table(name = "legal_case")
public class LegalCase extends VoidableRecord {

    @Column(name = "inquiry_id")
    public UUID inquiryId;

    @Enumerated(EnumType.STRING)
    public LegalArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_area")
    public CriminalSubArea subArea;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "referred_to")
    public ReferredTo referredTo;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** The one short note a case may have; checked by the personal-data guard. */
    public String note;

    @Column(name = "opened_by")
    public UUID openedBy;
}
