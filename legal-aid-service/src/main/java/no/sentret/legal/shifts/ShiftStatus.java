package no.sentret.legal.shifts;

/** PLANNED until the afternoon is over; then held, held with nobody coming, or cancelled (also ahead of time). */
public enum ShiftStatus {
    PLANNED, HELD, HELD_NOBODY_CAME, CANCELLED
}
