package no.sentret.stats.facts;

/** The areas of the centre whose service events are counted (the contract's service-event table). */
public enum Area {
    STUA(true),
    SOCIAL(true),
    HEALTH(true),
    LEGAL(true),
    /** an outreach contact is a service event only when it names a client code */
    OUTREACH(false);

    private final boolean countsAnonymous;

    Area(boolean countsAnonymous) {
        this.countsAnonymous = countsAnonymous;
    }

    public boolean countsAnonymous() {
        return countsAnonymous;
    }
}
