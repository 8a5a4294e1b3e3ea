package no.sentret.outreach.messages;

public enum Direction {
    /** the client wrote or called the centre */
    INBOUND,
    /** the centre reached out */
    OUTBOUND
}
