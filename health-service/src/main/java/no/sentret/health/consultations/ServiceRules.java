package no.sentret.health.consultations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.sentret.platform.problem.ProblemException;

/** Which fields each category of service line requires and allows; anything else is a 400 naming the field. */
final class ServiceRules {

    private ServiceRules() {
    }

    static void check(ServiceRequest s, String prefix, LocalDate consultationDay) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("infection", s.infection());
        given.put("sampleSites", s.sampleSites());
        given.put("contraceptionMethod", s.contraceptionMethod());
        given.put("topics", s.topics());
        given.put("prepStage", s.prepStage());
        given.put("prepEligible", s.prepEligible());
        given.put("prepReason", s.prepReason());
        given.put("prescribedOn", s.prescribedOn());
        given.put("regimen", s.regimen());
        given.put("vaccine", s.vaccine());
        given.put("dose", s.dose());
        given.put("referralTo", s.referralTo());

        Set<String> required;
        Set<String> optional = Set.of();
        switch (s.category()) {
            case STI_TEST -> required = Set.of("infection", "sampleSites");
            case TREATMENT -> required = Set.of("infection");
            case CONTRACEPTION -> required = Set.of("contraceptionMethod");
            case COUNSELLING -> required = Set.of("topics");
            case PEP -> required = Set.of();
            case VACCINATION -> required = Set.of("vaccine", "dose");
            case REFERRAL -> required = Set.of("referralTo");
            case PREP -> {
                if (s.prepStage() == null) {
                    throw ProblemException.invalid(prefix + "prepStage", "is required for PREP");
                }
                switch (s.prepStage()) {
                    case ASSESSMENT -> required = Set.of("prepStage", "prepEligible", "prepReason");
                    case START -> {
                        required = Set.of("prepStage", "regimen");
                        optional = Set.of("prescribedOn");
                    }
                    case FOLLOW_UP -> {
                        required = Set.of("prepStage");
                        optional = Set.of("regimen", "prescribedOn");
                    }
                    default -> {
                        required = Set.of("prepStage");
                        optional = Set.of("prepReason");
                    }
                }
            }
            default -> throw new IllegalStateException("unhandled category " + s.category());
        }
        for (Map.Entry<String, Object> field : given.entrySet()) {
            boolean present = field.getValue() != null;
            String name = field.getKey();
            if (required.contains(name) && !present) {
                throw ProblemException.invalid(prefix + name, "is required for " + what(s));
            }
            if (present && !required.contains(name) && !optional.contains(name)) {
                throw ProblemException.invalid(prefix + name, "is not used for " + what(s));
            }
        }
        if (s.prescribedOn() != null && s.prescribedOn().isAfter(consultationDay)) {
            throw ProblemException.invalid(prefix + "prescribedOn", "must not be after the consultation's day");
        }
        if (s.category() == Category.VACCINATION && s.dose() > s.vaccine().fullCourse() + 1) {
            throw ProblemException.invalid(prefix + "dose", "a course of " + s.vaccine() + " has " + s.vaccine().fullCourse()
                    + " doses (one booster at most)");
        }
    }

    private static String what(ServiceRequest s) {
        return s.category() == Category.PREP ? "PREP " + s.prepStage() : s.category().name();
    }
}
