package no.sentret.outreach.alerts;

/**
 * Stored states. EXPIRED is not stored: a published alert whose expiry has passed is expired at
 * every read, whatever the sweep that announces it has done yet.
 */
public enum AlertStatus {
    /** recorded, waiting for a second worker */
    PENDING,
    /** approved by a second worker: on the active list until it expires */
    PUBLISHED,
    /** shown by views only */
    EXPIRED,
    /** withdrawn with a reason (before or after publication) */
    WITHDRAWN,
    /** nobody approved it within the configured days; never published */
    LAPSED
}
