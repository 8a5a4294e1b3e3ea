package no.sentret.outreach.messages;

/** What a message was about; categories only, the conversation itself stays on the phone. */
public enum MessageTopic {
    HEALTH, LEGAL, VIOLENCE, HOUSING, ECONOMY, IMMIGRATION, CENTRE_INFORMATION, OTHER
}
