package no.sentret.platform.privacy.retention;

import java.time.LocalDate;

/**
 * The payload of {@code RecordsDeIdentified} on the service's topic: the retention job removed or
 * de-identified {@code rows} rows of {@code recordType} older than {@code before} (an Oslo day).
 * Counts only, never a code: the event says that the centre forgot, not whom.
 */
public record RecordsDeIdentified(String recordType, LocalDate before, int rows) {
}
