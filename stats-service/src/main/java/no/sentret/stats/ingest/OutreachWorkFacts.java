package no.sentret.stats.ingest;

import static no.sentret.stats.ingest.FieldChecks.MIN_YEAR;
import static no.sentret.stats.ingest.FieldChecks.id;
import static no.sentret.stats.ingest.FieldChecks.instant;
import static no.sentret.stats.ingest.FieldChecks.integer;
import static no.sentret.stats.ingest.FieldChecks.oneOf;
import static no.sentret.stats.ingest.FieldChecks.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.LegacyAdCountIds;
import no.sentret.stats.facts.Vocabulary;

/** The outreach team's work besides contacts: street shifts, assignments, the ad sites' weekly counts. */
final class OutreachWorkFacts {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private OutreachWorkFacts() {
    }

    static Fact streetShift(Instant occurredAt, JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        instant(p, "endedAt");
        String district = oneOf(p, "district", Vocabulary.DISTRICTS, true);
        int workers = integer(p, "workers", 1, 50);
        int contacts = integer(p, "contacts", 0, 10_000);
        if (!(p.get("handOuts") instanceof List<?> handOuts) || handOuts.size() > 20) {
            throw new InvalidEventException("payload.handOuts: must be an array of at most 20");
        }
        Map<String, Integer> byKind = new TreeMap<>();
        for (Object item : handOuts) {
            if (!(item instanceof JsonFields h)) {
                throw new InvalidEventException("payload.handOuts: items must be objects");
            }
            String kind = oneOf(h, "kind", Vocabulary.HAND_OUT_KINDS, true);
            String language = text(h, "language", false);
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                throw new InvalidEventException("payload.handOuts.language: must be ISO 639 or null");
            }
            byKind.merge(kind, integer(h, "quantity", 1, 100_000), Integer::sum);
        }
        return new Fact.StreetShiftFact(id, occurredAt, district, workers, contacts, byKind);
    }

    static Fact streetShiftVoided(JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        instant(p, "occurredAt");
        return new Fact.StreetShiftVoidedFact(id);
    }

    static Fact assignmentVoided(JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        instant(p, "occurredAt");
        return new Fact.AssignmentVoidedFact(id);
    }

    static Fact assignment(Instant occurredAt, JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        String kind = oneOf(p, "kind", Vocabulary.ASSIGNMENT_KINDS, true);
        String audience = oneOf(p, "audience", Vocabulary.AUDIENCES, true);
        int participants = integer(p, "participants", 0, 100_000);
        if (!(p.get("concernsYoungPeople") instanceof Boolean)) {
            throw new InvalidEventException("payload.concernsYoungPeople: must be true or false");
        }
        return new Fact.AssignmentFact(id, occurredAt, kind, audience, participants);
    }

    static Fact adSiteWeek(String type, JsonFields p) throws InvalidEventException {
        // a count published before counts had ids is keyed by its site and week
        UUID id = type.equals("AdSiteWeekCounted") && !p.has("id") ? null : id(p);
        String site = text(p, "site", true);
        if (site.codePointCount(0, site.length()) > ColumnSizes.AD_SITE) {
            throw new InvalidEventException("site: longer than " + ColumnSizes.AD_SITE + " characters");
        }
        String week = text(p, "week", true);
        var m = ISO_WEEK.matcher(week);
        if (!m.matches()) {
            throw new InvalidEventException("week: must be an ISO week, e.g. 2022-W18");
        }
        int weekYear = Integer.parseInt(m.group(1));
        int weekNo = Integer.parseInt(m.group(2));
        if (weekYear < MIN_YEAR || weekNo < 1
                || weekNo > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(weekYear, 6, 1)).getMaximum()) {
            throw new InvalidEventException("week: no such ISO week");
        }
        if (type.equals("AdSiteWeekVoided")) {
            return new Fact.AdSiteWeekVoidedFact(id, site, weekYear, weekNo);
        }
        return new Fact.AdSiteWeekFact(id == null ? LegacyAdCountIds.of(site, weekYear, weekNo) : id, site, weekYear, weekNo,
                integer(p, "count", 0, 1_000_000));
    }
}
