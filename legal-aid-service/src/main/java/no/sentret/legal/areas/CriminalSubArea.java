package no.sentret.legal.areas;

/** What a criminal-law inquiry or case is about; only criminal law has sub-areas. */
public enum CriminalSubArea {
    SEXUAL_VIOLENCE, THREATS, HARASSMENT, ROBBERY, THEFT, EXTORTION, OTHER
}
