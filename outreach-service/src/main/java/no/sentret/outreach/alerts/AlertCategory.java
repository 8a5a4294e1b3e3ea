package no.sentret.outreach.alerts;

import no.sentret.outreach.common.Labelled;
import no.sentret.outreach.common.ScreenLanguage;

/** What happened, from a fixed list, so that an alert's category can be counted and translated. */
public enum AlertCategory implements Labelled {
    VIOLENCE("Vold", "Violence"),
    SEXUAL_VIOLENCE("Seksuell vold", "Sexual violence"),
    ROBBERY("Ran", "Robbery"),
    THREATS("Trusler", "Threats"),
    REFUSED_TO_PAY("Nektet å betale", "Refused to pay"),
    CONDOM_REMOVAL("Fjernet kondomet (stealthing)", "Condom removal (stealthing)"),
    DRUGGING("Ruset ned uten samtykke", "Drugging"),
    OTHER("Annet", "Other");

    private final String nb;
    private final String en;

    AlertCategory(String nb, String en) {
        this.nb = nb;
        this.en = en;
    }

    @Override
    public String label(ScreenLanguage language) {
        return language == ScreenLanguage.EN ? en : nb;
    }
}
