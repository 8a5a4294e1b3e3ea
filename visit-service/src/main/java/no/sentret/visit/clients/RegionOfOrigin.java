package no.sentret.visit.clients;

/** Coarse region a client comes from ("nationality is not country of origin"); a category, never free text. */
public enum RegionOfOrigin {
    NORWAY, NORDIC, WESTERN_EUROPE, EASTERN_EUROPE, AFRICA, MIDDLE_EAST, ASIA, LATIN_AMERICA, NORTH_AMERICA, OCEANIA
}
