package no.sentret.visit.visits;

/** What a person did in Stua during a visit. */
public enum Activity {
    CONVERSATION, LAUNDRY, MEAL, REST, SHOWER, SOCIAL_EVENT, OTHER
}
