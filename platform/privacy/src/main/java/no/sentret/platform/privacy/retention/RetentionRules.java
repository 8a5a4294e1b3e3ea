package no.sentret.platform.privacy.retention;

import java.util.List;

/** A service's retention rules, one per record type that refers to clients (a bean; the kit's job runs them). */
public interface RetentionRules {

    List<RetentionRule> rules();
}
