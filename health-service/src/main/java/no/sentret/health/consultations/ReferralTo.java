package no.sentret.health.consultations;

public enum ReferralTo {
    HOSPITAL_STI_CLINIC, SPECIALIST, GP, OTHER
}
