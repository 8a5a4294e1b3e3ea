package no.sentret.visit.consultations;

public enum ConsultationKind {
    CONSULTATION, EMERGENCY, FOLLOW_UP
}
