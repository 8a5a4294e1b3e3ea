package no.sentret.visit.consultations;

/** What a social-work consultation was about; categories only, the notes stay out of this service. */
public enum Topic {
    HOUSING, ECONOMY, WORK_AND_EXIT, IMMIGRATION, VIOLENCE, HEALTH_REFERRAL, LEGAL_REFERRAL, SUBSTANCE_USE, OTHER
}
