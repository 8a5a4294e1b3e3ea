package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Random;

/**
 * Rules between fields that the services keep and no schema states, applied to a request before a mutation
 * breaks one thing: without them a valid request was refused for them, and the operations behind the refused
 * record (an inquiry's case, its meetings, its close and void) were never reached. A mutation can still break
 * any of these fields.
 */
final class UnstatedRules {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final Owned owned;

    UnstatedRules(Owned owned) {
        this.owned = owned;
    }

    void apply(FuzzRequest request, Random random) {
        if (request.body instanceof ObjectNode body) {
            inquiryOnItsShiftsDate(body);
            skipDatesOnTheTermsWeekday(body, random);
            mergedIntoAnother(body, request.path.get("code"), random);
        }
        shiftOrPeriod(request.query);
    }

    /** legal aid: an inquiry at a shift happened on the shift's date (Oslo) */
    private void inquiryOnItsShiftsDate(ObjectNode body) {
        String date = body.path("shiftId").isTextual() ? owned.shiftDate(body.get("shiftId").asText()) : null;
        if (date != null && body.has("occurredAt")) {
            LocalDate day = LocalDate.parse(date);
            body.put("occurredAt", day.atTime(LocalTime.NOON).atZone(OSLO).toOffsetDateTime().toString());
        }
    }

    /** visits: a client is merged into another client, not into itself */
    private void mergedIntoAnother(ObjectNode body, String merged, Random random) {
        if (merged == null || !merged.equals(body.path("survivingCode").asText(null))) {
            return;
        }
        for (int i = 0; i < 8; i++) {
            String other = owned.clientCode(random);
            if (other != null && !other.equals(merged)) {
                body.put("survivingCode", other);
                return;
            }
        }
    }

    /** legal aid: a term's skipped dates are days of the term on its weekday */
    private static void skipDatesOnTheTermsWeekday(ObjectNode body, Random random) {
        if (!(body.get("skipDates") instanceof ArrayNode skips) || !body.path("dayOfWeek").isTextual()) {
            return;
        }
        try {
            LocalDate from = LocalDate.parse(body.path("from").asText());
            LocalDate to = LocalDate.parse(body.path("to").asText());
            DayOfWeek weekday = DayOfWeek.valueOf(body.get("dayOfWeek").asText());
            LocalDate first = from.plusDays((weekday.getValue() - from.getDayOfWeek().getValue() + 7) % 7);
            long weeks = first.isAfter(to) ? -1 : (to.toEpochDay() - first.toEpochDay()) / 7;
            if (weeks < 0) {
                body.remove("skipDates");
                return;
            }
            for (int i = 0; i < skips.size(); i++) {
                skips.set(i, first.plusWeeks(random.nextInt((int) weeks + 1)).toString());
            }
        } catch (DateTimeParseException | IllegalArgumentException notThisShape) {
            // a boundary value the parse does not take: left as generated, the service says what it thinks
        }
    }

    /** legal aid: the inquiries of one shift, or of a period (and a client): not both */
    private static void shiftOrPeriod(Map<String, String> query) {
        if (query.containsKey("shiftId")) {
            query.remove("from");
            query.remove("to");
            query.remove("clientCode");
        }
    }
}
