package no.sentret.outreach.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.sentret.outreach.common.District;
import no.sentret.outreach.common.ScreenLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An alert as the screens show it: the codes and their labels in the language of the request
 * ({@code Accept-Language}: nb or en). The worker's own text is shown as written. Nothing says who
 * reported or approved it; {@code reportedByYou} is computed for the caller from the pending tag.
 */
@Schema(name = "SafetyAlert")
public record AlertView(
        UUID id,
        @Schema(example = "ROBBERY") AlertCategory category,
        @Schema(example = "Ran") String categoryLabel,
        @Schema(example = "GRUNERLOKKA") District district,
        @Schema(example = "Grünerløkka") String districtLabel,
        @Schema(example = "2022-05-06") LocalDate occurredOn,
        @Schema(example = "NIGHT", nullable = true) PartOfDay partOfDay,
        @Schema(example = "Natt", nullable = true) String partOfDayLabel,
        @Schema(example = "Grey estate car, offers extra pay, takes the money back with a knife") String modusOperandi,
        @Schema(nullable = true) String description,
        @Schema(description = "PENDING, PUBLISHED, EXPIRED (decided at read), WITHDRAWN, LAPSED") AlertStatus status,
        @Schema(example = "30") int validDays,
        @Schema(description = "the day it was recorded (00:00 UTC; kept to the day on purpose)") Instant recordedAt,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant withdrawnAt,
        @Schema(nullable = true) String withdrawReason,
        @Schema(description = "true when the caller recorded this pending alert (and so cannot approve it)") boolean reportedByYou,
        @Schema(description = "the language of the labels", example = "nb") String language) {

    static AlertView of(SafetyAlert a, Instant now, ScreenLanguage lang, boolean reportedByYou) {
        return new AlertView(a.id, a.category, a.category.label(lang), a.district, a.district.label(lang), a.occurredOn, a.partOfDay,
                a.partOfDay == null ? null : a.partOfDay.label(lang), a.modusOperandi, a.description, a.statusAt(now), a.validDays,
                a.recordedAt, a.publishedAt, a.expiresAt, a.withdrawnAt, a.withdrawReason, reportedByYou, lang.tag());
    }
}
