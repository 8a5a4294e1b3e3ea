package no.sentret.health.consultations;

import java.time.Period;

/**
 * Vaccines given at the centre, with the doses of a full course and the least interval before the
 * second dose (the clinic's schedule; the second-dose work list uses it).
 */
public enum Vaccine {
    MPOX(2, Period.ofDays(28)),
    HEPATITIS_A(2, Period.ofMonths(6)),
    HEPATITIS_B(3, Period.ofMonths(1)),
    HPV(3, Period.ofMonths(2));

    private final int fullCourse;
    private final Period secondDoseAfter;

    Vaccine(int fullCourse, Period secondDoseAfter) {
        this.fullCourse = fullCourse;
        this.secondDoseAfter = secondDoseAfter;
    }

    public int fullCourse() {
        return fullCourse;
    }

    public Period secondDoseAfter() {
        return secondDoseAfter;
    }
}
