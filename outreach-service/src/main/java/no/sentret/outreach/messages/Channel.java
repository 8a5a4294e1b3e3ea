package no.sentret.outreach.messages;

public enum Channel {
    WHATSAPP, SMS, FACEBOOK, INSTAGRAM, PHONE, EMAIL, OTHER
}
