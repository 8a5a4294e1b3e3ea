package no.sentret.visit.feedback;

/** The terminal's languages (ISO 639-1, as sent on the wire). */
@SuppressWarnings("java:S115") // lower-case constants are the wire values
public enum FeedbackLanguage {
    nb, en, es, th, ro, bg
}
