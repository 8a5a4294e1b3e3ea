package no.sentret.visit.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.sentret.platform.records.EnumSetText;
import no.sentret.platform.records.VoidableRecord;

/** A Stua visit; {@code clientCode} null = an anonymous visit. */
@Entity
@Table(name = "visit")
public class Visit extends VoidableRecord {

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Convert(converter = ActivitiesColumn.class)
    public Set<Activity> activities;

    @Converter
    public static class ActivitiesColumn extends EnumSetText<Activity> {
        public ActivitiesColumn() {
            super(Activity.class);
        }
    }
}
