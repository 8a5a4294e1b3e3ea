package no.sentret.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.MonthFigures;

/**
 * A seeded random year of events (clients, visits, consultations, health services, voids, merges,
 * feedback) and, computed here in plain Java from the generated data alone, the figures the annual
 * report must show.
 */
final class GeneratedYear {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String[] GENDERS = {"WOMAN", "WOMAN", "WOMAN", "WOMAN", "MAN", "TRANS_WOMAN", "NON_BINARY", "NOT_STATED"};
    static final String[] NATIONALITIES = {"NO", "NO", "NO", "ES", "ES", "RO", "TH", "BG", "NG", "UA", "BR", "CO", "PL", null};
    static final String[] AGES = {"18-25", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "61+", null};

    record Client(String code, String gender, String nationality, String ageGroup, LocalDate registeredOn) {
    }

    record Service(UUID id, String area, String code, Instant at) {
    }

    record Feedback(Instant at, int score, boolean followUp) {
    }

    final int year;
    final List<Events.Ev> first = new ArrayList<>();
    final List<Events.Ev> then = new ArrayList<>();
    final Map<String, Client> clients = new LinkedHashMap<>();
    final List<Service> services = new ArrayList<>();
    final Set<UUID> voided = new HashSet<>();
    final Map<String, String> mergedInto = new HashMap<>();
    final List<Feedback> feedback = new ArrayList<>();

    GeneratedYear(String prefix, int year, int clientCount, int serviceCount, int merges, int feedbackCount, long seed) {
        this.year = year;
        Random rnd = new Random(seed);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            String code = prefix + i;
            codes.add(code);
            LocalDate reg = rnd.nextInt(10) < 3
                    ? LocalDate.of(year - 1 - rnd.nextInt(3), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                    : LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            Client c = new Client(code, pick(rnd, GENDERS), pick(rnd, NATIONALITIES), pick(rnd, AGES), reg);
            clients.put(code, c);
            first.add(Events.clientRegistered(code, c.gender(), c.nationality(), c.ageGroup(), reg));
            if (rnd.nextInt(20) == 0) { // a later correction: the latest attributes count
                Client updated = new Client(code, c.gender(), pick(rnd, NATIONALITIES), c.ageGroup(), reg);
                clients.put(code, updated);
                first.add(Events.clientUpdated(code, updated.gender(), updated.nationality(), updated.ageGroup(), reg));
            }
        }
        Instant start = LocalDate.of(year - 1, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = LocalDate.of(year + 1, 1, 31).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - start.getEpochSecond();
        for (int i = 0; i < serviceCount; i++) {
            int a = rnd.nextInt(100);
            String area = a < 80 ? "STUA" : a < 92 ? "SOCIAL" : "HEALTH";
            String code = area.equals("STUA") && rnd.nextInt(10) == 0 ? null : codes.get(skewed(rnd, codes.size()));
            Instant at;
            if (rnd.nextInt(20) == 0) { // 23:30 UTC on a month's last day: the next month in Oslo
                YearMonth m = YearMonth.of(year, 1 + rnd.nextInt(12));
                at = m.atEndOfMonth().atTime(23, 30).toInstant(ZoneOffset.UTC);
            } else {
                at = start.plusSeconds((long) (rnd.nextDouble() * span));
            }
            Service s = new Service(UUID.randomUUID(), area, code, at);
            services.add(s);
            boolean voids = rnd.nextInt(100) < 6;
            List<Events.Ev> voidTarget = voids && rnd.nextInt(3) == 0 ? first : then; // some voids before their record
            if (voids) {
                voided.add(s.id());
                voidTarget.add(voidOf(s));
            }
            then.add(0, recordOf(s)); // in reverse order: order must not matter
        }
        for (int i = 0; i < merges; i++) {
            String merged = codes.get(rnd.nextInt(codes.size()));
            String surviving = codes.get(rnd.nextInt(codes.size()));
            if (mergedInto.containsKey(merged) || root(surviving).equals(merged) || merged.equals(surviving)) {
                continue;
            }
            mergedInto.put(merged, surviving);
            then.add(Events.merged(merged, surviving));
        }
        for (int i = 0; i < feedbackCount; i++) {
            int r = rnd.nextInt(100);
            int score = r < 88 ? 4 : r < 93 ? 3 : r < 97 ? 2 : 1;
            Instant at = LocalDate.of(year, 1, 1).atStartOfDay(OSLO).toInstant().plusSeconds(rnd.nextInt(364 * 86400));
            Feedback f = new Feedback(at, score, rnd.nextInt(100) < 64);
            feedback.add(f);
            then.add(Events.feedback(UUID.randomUUID(), at, score, f.followUp()));
        }
    }

    List<Events.Ev> all() {
        List<Events.Ev> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static Events.Ev recordOf(Service s) {
        return switch (s.area()) {
            case "STUA" -> Events.visitRecorded(s.id(), s.code(), s.at());
            case "SOCIAL" -> Events.consultationRecorded(s.id(), s.code(), s.at());
            default -> Events.healthRecorded(s.id(), s.code(), s.at());
        };
    }

    private static Events.Ev voidOf(Service s) {
        return switch (s.area()) {
            case "STUA" -> Events.visitVoided(s.id(), s.code(), s.at());
            case "SOCIAL" -> Events.consultationVoided(s.id(), s.code(), s.at());
            default -> Events.healthVoided(s.id(), s.code(), s.at());
        };
    }

    String root(String code) {
        String c = code;
        while (mergedInto.containsKey(c)) {
            c = mergedInto.get(c);
        }
        return c;
    }

    static LocalDate oslo(Instant at) {
        return at.atZone(OSLO).toLocalDate();
    }

    /** The figures of {@code year}, from the definitions in shared/domain.md. */
    AnnualReport expected() {
        List<Service> live = services.stream().filter(s -> !voided.contains(s.id())).toList();
        List<Service> inYear = live.stream().filter(s -> oslo(s.at()).getYear() == year).toList();
        Set<String> users = new HashSet<>();
        inYear.stream().filter(s -> s.code() != null).forEach(s -> users.add(root(s.code())));

        Map<String, LocalDate> firstSeen = new HashMap<>();
        clients.values().forEach(c -> firstSeen.merge(root(c.code()), c.registeredOn(), GeneratedYear::min));
        live.stream().filter(s -> s.code() != null).forEach(s -> firstSeen.merge(root(s.code()), oslo(s.at()), GeneratedYear::min));
        int newUsers = (int) users.stream().filter(u -> firstSeen.get(u).getYear() == year).count();

        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            List<Service> ms = inYear.stream().filter(s -> oslo(s.at()).getMonthValue() == month).toList();
            months.add(new MonthFigures(YearMonth.of(year, m).toString(), distinctUsers(ms), ms.size()));
        }
        MonthFigures peak = months.get(0);
        MonthFigures low = months.get(0);
        int sum = 0;
        for (MonthFigures m : months) {
            sum += m.uniqueUsers();
            peak = m.uniqueUsers() > peak.uniqueUsers() ? m : peak;
            low = m.uniqueUsers() < low.uniqueUsers() ? m : low;
        }
        List<AnnualReport.AreaFigures> areas = new ArrayList<>();
        for (String area : List.of("STUA", "SOCIAL", "HEALTH", "LEGAL", "OUTREACH")) {
            List<Service> as = inYear.stream().filter(s -> s.area().equals(area)).toList();
            List<AnnualReport.AreaMonth> areaMonths = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                int month = m;
                List<Service> ams = as.stream().filter(s -> oslo(s.at()).getMonthValue() == month).toList();
                areaMonths.add(new AnnualReport.AreaMonth(YearMonth.of(year, m).toString(), distinctUsers(ams), ams.size()));
            }
            areas.add(new AnnualReport.AreaFigures(area, distinctUsers(as), as.size(), areaMonths));
        }
        Map<String, Integer> gender = new HashMap<>();
        Map<String, Integer> nationality = new HashMap<>();
        Map<String, Integer> age = new HashMap<>();
        for (String u : users) {
            Client c = clients.get(u);
            gender.merge(orUnknown(c.gender()), 1, Integer::sum);
            nationality.merge(orUnknown(c.nationality()), 1, Integer::sum);
            age.merge(orUnknown(c.ageGroup()), 1, Integer::sum);
        }
        int[] scores = new int[5];
        int followUp = 0;
        for (Feedback f : feedback) {
            if (oslo(f.at()).getYear() == year) {
                scores[f.score()]++;
                followUp += f.followUp() ? 1 : 0;
            }
        }
        int responses = scores[1] + scores[2] + scores[3] + scores[4];
        List<AnnualReport.ScoreCount> scoreCounts = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            scoreCounts.add(new AnnualReport.ScoreCount(s, scores[s]));
        }
        return new AnnualReport(year, users.size(), newUsers, inYear.size(), months,
                new AnnualReport.MonthlySummary(sum / 12.0, peak.month(), peak.uniqueUsers(), low.month(), low.uniqueUsers()),
                areas,
                new AnnualReport.Demographics(sorted(gender), sorted(nationality), sorted(age)),
                new AnnualReport.FeedbackFigures(responses, scoreCounts, scores[4], scores[3], scores[1] + scores[2], followUp,
                        responses == 0 ? null : (double) followUp / responses),
                // the generated health lines are all STI tests; the year has no legal or outreach events
                new AnnualReport.HealthFigures(zeros(HEALTH_CATEGORIES, Map.of("STI_TEST", areas.get(2).services())), 0, 0),
                new AnnualReport.LegalFigures(0, zeros(List.of("HELD", "NOBODY_CAME", "CANCELLED"), Map.of()), 0,
                        zeros(List.of("YES", "NO", "NOT_ASKED"), Map.of()), null, 0,
                        zeros(List.of("CRIMINAL", "FAMILY", "IMMIGRATION", "HOUSING_AND_TENANCY", "FINANCES", "OTHER"), Map.of()),
                        zeros(List.of("OPEN", "RESOLVED_ON_SITE", "REFERRED"), Map.of()),
                        zeros(List.of("WOMAN", "MAN", "TRANS_WOMAN", "TRANS_MAN", "NON_BINARY", "NOT_STATED", "UNKNOWN"), Map.of())),
                new AnnualReport.OutreachFigures(0, zeros(List.of("WHATSAPP", "SMS", "FACEBOOK", "INSTAGRAM", "PHONE", "EMAIL", "OTHER"),
                        Map.of()), 0, 0, zeros(List.of("CONDOMS", "LUBE", "INFORMATION_LEAFLETS", "OTHER"), Map.of()), 0,
                        zeros(List.of("LECTURE", "COURSE", "SCHOOL_CLASS", "CASE_GUIDANCE", "PUBLICATION", "OTHER"), Map.of()),
                        List.of()));
    }

    static final List<String> HEALTH_CATEGORIES = List.of("STI_TEST", "TREATMENT", "CONTRACEPTION", "COUNSELLING", "PREP", "PEP",
            "VACCINATION", "REFERRAL");

    /** Every category in the contract's order, with the given counts and zero for the rest. */
    static List<AnnualReport.Count> zeros(List<String> categories, Map<String, Integer> counts) {
        List<AnnualReport.Count> result = new ArrayList<>();
        for (String c : categories) {
            result.add(new AnnualReport.Count(c, counts.getOrDefault(c, 0)));
        }
        return result;
    }

    private int distinctUsers(List<Service> list) {
        Set<String> users = new HashSet<>();
        list.stream().filter(s -> s.code() != null).forEach(s -> users.add(root(s.code())));
        return users.size();
    }

    private static List<AnnualReport.Category> sorted(Map<String, Integer> counts) {
        List<AnnualReport.Category> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new AnnualReport.Category(k, v)));
        list.sort(Comparator.comparing((AnnualReport.Category c) -> -c.users()).thenComparing(AnnualReport.Category::category));
        return list;
    }

    private static String orUnknown(String s) {
        return s == null ? "UNKNOWN" : s;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** Some clients come often, most now and then. */
    private static int skewed(Random rnd, int n) {
        double x = rnd.nextDouble();
        return (int) (x * x * n);
    }
}
