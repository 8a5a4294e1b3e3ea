package no.sentret.health.consultations;

public enum ProfessionalType {
    DOCTOR, NURSE
}
