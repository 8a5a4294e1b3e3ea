package no.sentret.outreach.alerts;

import no.sentret.outreach.common.Labelled;
import no.sentret.outreach.common.ScreenLanguage;

/** When in the day, coarse on purpose (an hour could point at one meeting). */
public enum PartOfDay implements Labelled {
    MORNING("Morgen/formiddag", "Morning"),
    AFTERNOON("Ettermiddag", "Afternoon"),
    EVENING("Kveld", "Evening"),
    NIGHT("Natt", "Night");

    private final String nb;
    private final String en;

    PartOfDay(String nb, String en) {
        this.nb = nb;
        this.en = en;
    }

    @Override
    public String label(ScreenLanguage language) {
        return language == ScreenLanguage.EN ? en : nb;
    }
}
