package no.sentret.outreach.common;

/** A category with a label for the screens, in each language a screen can ask for. */
public interface Labelled {

    String label(ScreenLanguage language);
}
