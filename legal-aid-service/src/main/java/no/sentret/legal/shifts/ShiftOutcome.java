package no.sentret.legal.shifts;

/** What a shift that left PLANNED became: the statuses a correction may set. */
public enum ShiftOutcome {
    HELD, HELD_NOBODY_CAME, CANCELLED;

    ShiftStatus status() {
        return ShiftStatus.valueOf(name());
    }
}
