package no.sentret.legal.inquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.sentret.legal.areas.AreaColumns;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import no.sentret.platform.records.VoidableRecord;

/** An inquiry to the lawyer during a shift (special-category data: reads are audit-logged). */
@Entity
@Table(name = "legal_inquiry")
public class Inquiry extends VoidableRecord {

    @Column(name = "shift_id")
    public UUID shiftId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Convert(converter = AreaColumns.Areas.class)
    public Set<LegalArea> areas;

    @Convert(converter = AreaColumns.SubAreas.class)
    @Column(name = "criminal_sub_areas")
    public Set<CriminalSubArea> criminalSubAreas;

    @Enumerated(EnumType.STRING)
    @Column(name = "would_not_otherwise")
    public WouldNotOtherwise wouldNotOtherwise;

    @Column(name = "recorded_by")
    public UUID recordedBy;
}
