package no.sentret.health.consultations;

public enum PrepRegimen {
    DAILY, ON_DEMAND
}
