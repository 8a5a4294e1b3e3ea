package no.sentret.platform.records;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Age groups as the annual report counts them; {@link #UNDER_18} is possible and flagged as a minor. */
// the wire values, written once: every service's document refers to this schema (annotation values must be
// constants, so the list cannot be computed from the constants below; AgeGroupTest keeps the two equal)
@Schema(name = "AgeGroup", description = "Age group as the annual report counts them",
        enumeration = {"UNDER_18", "18-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "61+"})
public enum AgeGroup {
    UNDER_18("UNDER_18"),
    AGE_18_25("18-25"),
    AGE_26_30("26-30"),
    AGE_31_35("31-35"),
    AGE_36_40("36-40"),
    AGE_41_45("41-45"),
    AGE_46_50("46-50"),
    AGE_51_55("51-55"),
    AGE_56_60("56-60"),
    AGE_61_PLUS("61+");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    /** The wire value ("18-25"); also what the bad-enum problem lists. */
    @JsonValue
    @Override
    public String toString() {
        return label;
    }

    public boolean isMinor() {
        return this == UNDER_18;
    }
}
