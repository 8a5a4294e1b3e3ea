package no.sentret.health.consultations;

/** Where a test sample was taken. */
public enum SampleSite {
    URINE, VAGINAL, CERVICAL, URETHRAL, RECTAL, THROAT, BLOOD
}
