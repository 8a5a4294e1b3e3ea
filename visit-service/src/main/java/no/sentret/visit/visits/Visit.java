package no.sentret.visit.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.sentret.platform.outbox.RowInsert;
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

    /**
     * This visit as a new row, for the one statement that writes it and its event (VisitService.record, issue 20).
     * The columns are the mapping's above; VisitResourceTest reads every field back through Hibernate.
     */
    RowInsert asNewRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("client_code", clientCode);
        row.put("occurred_at", occurredAt);
        row.put("activities", ACTIVITIES.convertToDatabaseColumn(activities));
        row.put("recorded_at", recordedAt);
        return RowInsert.into("visit", row);
    }

    private static final ActivitiesColumn ACTIVITIES = new ActivitiesColumn();

    @Converter
    public static class ActivitiesColumn extends EnumSetText<Activity> {
        public ActivitiesColumn() {
            super(Activity.class);
        }
    }
}
