package no.sentret.platform.privacy.retention;

import java.time.Period;
import java.util.List;

/**
 * One record type's retention: how long it is kept ({@code defaultPeriod}, overridden by
 * {@code sentret.retention.periods.<recordType>}), and the statements that remove or de-identify
 * what is older — each with {@code ?1} the cut-off instant (the start of the Oslo day that long ago),
 * each idempotent (a second run finds nothing left to change).
 */
public record RetentionRule(String recordType, Period defaultPeriod, List<String> statements) {
}
