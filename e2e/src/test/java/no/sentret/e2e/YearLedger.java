package no.sentret.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the test sent, and the figures it expects from that alone: computed here, independently of
 * the stats service, with the domain's definitions (Europe/Oslo calendar; voided records do not
 * count; anonymous visits are services, not users; merged codes are one person in every period;
 * first seen = the earlier of the person's earliest registration date and first counted service;
 * demographics are the surviving code's attributes, UNKNOWN when not stated).
 * {@link #figures()} gives the additive figures under the keys of {@link AnnualFigures#flatten}.
 */
public final class YearLedger {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final List<String> AREAS = List.of("STUA", "SOCIAL", "HEALTH", "LEGAL", "OUTREACH");

    public record Client(String code, String gender, String nationality, String ageGroup, LocalDate registeredOn) {
    }

    public record Event(String id, String clientCode, Instant at, String area) {
    }

    record Feedback(int score, Instant at, boolean followUp) {
    }

    private final int year;
    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final List<Feedback> feedback = new java.util.ArrayList<>();

    public YearLedger(int year) {
        this.year = year;
    }

    public void registered(Client c) {
        clients.put(c.code(), c);
    }

    void merged(String duplicate, String survivor) {
        mergedInto.put(duplicate, canonical(survivor));
    }

    public void recorded(Event e) {
        events.put(e.id(), e);
    }

    public void voided(String id) {
        events.remove(id);
    }

    void feedback(int score, Instant at, boolean followUp) {
        feedback.add(new Feedback(score, at, followUp));
    }

    private final Map<String, String[]> healthLines = new HashMap<>();
    private final Map<String, Object[]> contacts = new LinkedHashMap<>();
    private final List<Object[]> streetShifts = new java.util.ArrayList<>();
    private final List<Object[]> assignments = new java.util.ArrayList<>();

    /** A health service line's categories (its service event is {@link #recorded}; a void removes both). */
    void healthLine(String id, String category, String vaccine, String prepStage) {
        healthLines.put(id, new String[] {category, vaccine, prepStage});
    }

    /** An outreach message, with or without a client code (one contact by id, however often it is linked). */
    void contact(String id, String channel, Instant at) {
        contacts.put(id, new Object[] {channel, at});
    }

    void voidContact(String id) {
        contacts.remove(id);
        events.remove(id);
    }

    void streetShift(Instant at, int contactCount, Map<String, Integer> handOuts) {
        streetShifts.add(new Object[] {at, contactCount, handOuts});
    }

    void assignment(Instant at, String kind) {
        assignments.add(new Object[] {at, kind});
    }

    private final Map<String, String> inquiries = new HashMap<>();
    private final List<Object[]> legalShifts = new java.util.ArrayList<>();
    private final List<Object[]> legalCases = new java.util.ArrayList<>();

    /** site -> week-based year -> ISO week -> count */
    private final Map<String, Map<Integer, Map<String, Integer>>> adCounts = new java.util.TreeMap<>();

    void adCount(String site, int weekYear, String week, int count) {
        adCounts.computeIfAbsent(site, k -> new HashMap<>()).computeIfAbsent(weekYear, k -> new java.util.TreeMap<>()).put(week, count);
    }

    /** Each site's (average per counted week this year − last year's) / last year's, from what was sent. */
    Map<String, Double> adChanges() {
        Map<String, Double> changes = new LinkedHashMap<>();
        adCounts.forEach((site, byYear) -> {
            double now = byYear.get(year).values().stream().mapToInt(Integer::intValue).average().orElseThrow();
            double before = byYear.get(year - 1).values().stream().mapToInt(Integer::intValue).average().orElseThrow();
            changes.put(site, (now - before) / before);
        });
        return changes;
    }

    void inquiry(String id, String wouldNotOtherwise) {
        inquiries.put(id, wouldNotOtherwise);
    }

    void legalShift(LocalDate date, String status) {
        legalShifts.add(new Object[] {date, status});
    }

    /** A case opened on {@code openedOn}: outcome OPEN, RESOLVED_ON_SITE or REFERRED. */
    void legalCase(LocalDate openedOn, String area, String outcome) {
        legalCases.add(new Object[] {openedOn, area, outcome});
    }

    private void legalFigures(Map<String, Integer> f) {
        int shifts = 0;
        for (Object[] s : legalShifts) {
            if (((LocalDate) s[0]).getYear() == year) {
                shifts++;
                f.merge("legal shiftsByStatus " + s[1], 1, Integer::sum);
            }
        }
        f.put("legal shifts", shifts);
        int counted = 0;
        Set<String> inquirers = new HashSet<>();
        for (Map.Entry<String, String> i : inquiries.entrySet()) {
            Event e = events.get(i.getKey());
            if (e != null && inYear(e.at())) {
                counted++;
                f.merge("legal wouldNotOtherwise " + i.getValue(), 1, Integer::sum);
                if (e.clientCode() != null) {
                    inquirers.add(canonical(e.clientCode()));
                }
            }
        }
        f.put("legal inquiries", counted);
        for (String p : inquirers) {
            Client c = clients.get(p);
            f.merge("legal inquirersByGender " + (c == null ? "UNKNOWN" : orUnknown(c.gender())), 1, Integer::sum);
        }
        int opened = 0;
        for (Object[] c : legalCases) {
            if (((LocalDate) c[0]).getYear() == year) {
                opened++;
                f.merge("legal casesByArea " + c[1], 1, Integer::sum);
                f.merge("legal casesByOutcome " + c[2], 1, Integer::sum);
            }
        }
        f.put("legal casesOpened", opened);
    }

    /** The areas' own figures, under the keys of {@link AnnualFigures#flatten}. */
    private void areaFigures(Map<String, Integer> f) {
        legalFigures(f);
        Set<String> prep = new HashSet<>();
        Set<String> mpox = new HashSet<>();
        for (Map.Entry<String, String[]> l : healthLines.entrySet()) {
            Event e = events.get(l.getKey());
            if (e == null || !inYear(e.at())) {
                continue; // voided, or another year
            }
            String[] c = l.getValue();
            f.merge("health servicesByCategory " + c[0], 1, Integer::sum);
            if (c[0].equals("PREP") && ("START".equals(c[2]) || "FOLLOW_UP".equals(c[2]))) {
                prep.add(canonical(e.clientCode()));
            }
            if (c[0].equals("VACCINATION") && "MPOX".equals(c[1])) {
                mpox.add(canonical(e.clientCode()));
            }
        }
        f.put("health personsOnPrep", prep.size());
        f.put("health personsVaccinatedMpox", mpox.size());
        int inYear = 0;
        for (Object[] c : contacts.values()) {
            if (inYear((Instant) c[1])) {
                inYear++;
                f.merge("outreach contactsByChannel " + c[0], 1, Integer::sum);
            }
        }
        f.put("outreach contacts", inYear);
        int shifts = 0;
        int shiftContacts = 0;
        for (Object[] s : streetShifts) {
            if (inYear((Instant) s[0])) {
                shifts++;
                shiftContacts += (Integer) s[1];
                @SuppressWarnings("unchecked")
                Map<String, Integer> handOuts = (Map<String, Integer>) s[2];
                handOuts.forEach((kind, n) -> f.merge("outreach handOuts " + kind, n, Integer::sum));
            }
        }
        f.put("outreach streetShifts", shifts);
        f.put("outreach streetShiftContacts", shiftContacts);
        int held = 0;
        for (Object[] a : assignments) {
            if (inYear((Instant) a[0])) {
                held++;
                f.merge("outreach assignmentsByKind " + a[1], 1, Integer::sum);
            }
        }
        f.put("outreach assignments", held);
        adCounts.forEach((site, byYear) -> {
            Map<String, Integer> weeks = byYear.getOrDefault(year, Map.of());
            f.put("outreach adSite " + site + " weeksCounted", weeks.size());
            f.put("outreach adSite " + site + " ads", weeks.values().stream().mapToInt(Integer::intValue).sum());
            weeks.forEach((week, n) -> f.put("outreach adSite " + site + " week " + week, n));
        });
    }

    Set<String> codes() {
        return clients.keySet();
    }

    boolean retired(String code) {
        return mergedInto.containsKey(code);
    }

    String canonical(String code) {
        String c = code;
        while (mergedInto.containsKey(c)) {
            c = mergedInto.get(c);
        }
        return c;
    }

    public int servicesGiven() {
        return (int) events.values().stream().filter(e -> inYear(e.at())).count();
    }

    int feedbackResponses() {
        return (int) feedback.stream().filter(f -> inYear(f.at())).count();
    }

    /** The year's additive figures this ledger accounts for (demographic categories with no user left out). */
    public Map<String, Integer> figures() {
        Map<String, Integer> f = new LinkedHashMap<>();
        Set<String> users = users(e -> inYear(e.at()));
        f.put("uniqueUsers", users.size());
        f.put("newUsers", (int) users.stream().filter(p -> firstSeen(p).getYear() == year).count());
        f.put("servicesGiven", servicesGiven());
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            f.put("month " + month + " uniqueUsers", users(e -> YearMonth.from(e.at().atZone(OSLO)).equals(month)).size());
            f.put("month " + month + " services", (int) events.values().stream()
                    .filter(e -> YearMonth.from(e.at().atZone(OSLO)).equals(month)).count());
        }
        for (String area : AREAS) {
            f.put("area " + area + " uniquePersons", users(e -> inYear(e.at()) && area.equals(e.area())).size());
            f.put("area " + area + " services", (int) events.values().stream()
                    .filter(e -> inYear(e.at()) && area.equals(e.area())).count());
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                Predicate<Event> inAreaMonth = e -> area.equals(e.area()) && YearMonth.from(e.at().atZone(OSLO)).equals(month);
                f.put(AnnualFigures.areaMonth(area, month.toString(), "uniquePersons"), users(inAreaMonth).size());
                f.put(AnnualFigures.areaMonth(area, month.toString(), "services"), (int) events.values().stream().filter(inAreaMonth).count());
            }
        }
        for (String p : users) {
            Client c = clients.get(p);
            f.merge("gender " + orUnknown(c.gender()), 1, Integer::sum);
            f.merge("nationality " + orUnknown(c.nationality()), 1, Integer::sum);
            f.merge("ageGroup " + orUnknown(c.ageGroup()), 1, Integer::sum);
        }
        int[] byScore = new int[5];
        int followUp = 0;
        for (Feedback fb : feedback) {
            if (inYear(fb.at())) {
                byScore[fb.score()]++;
                followUp += fb.followUp() ? 1 : 0;
            }
        }
        f.put("feedback responses", byScore[1] + byScore[2] + byScore[3] + byScore[4]);
        for (int s = 1; s <= 4; s++) {
            f.put("feedback score " + s, byScore[s]);
        }
        f.put("feedback top", byScore[4]);
        f.put("feedback second", byScore[3]);
        f.put("feedback twoLowest", byScore[1] + byScore[2]);
        f.put("feedback withFollowUp", followUp);
        areaFigures(f);
        return f;
    }

    /** The earlier of the person's earliest registration (over all its codes) and first counted service, any year. */
    private LocalDate firstSeen(String person) {
        LocalDate first = LocalDate.MAX;
        for (Client c : clients.values()) {
            if (canonical(c.code()).equals(person) && c.registeredOn().isBefore(first)) {
                first = c.registeredOn();
            }
        }
        for (Event e : events.values()) {
            if (e.clientCode() != null && canonical(e.clientCode()).equals(person)) {
                LocalDate day = e.at().atZone(OSLO).toLocalDate();
                first = day.isBefore(first) ? day : first;
            }
        }
        return first;
    }

    private Set<String> users(java.util.function.Predicate<Event> when) {
        Set<String> persons = new HashSet<>();
        for (Event e : events.values()) {
            if (e.clientCode() != null && when.test(e)) {
                persons.add(canonical(e.clientCode()));
            }
        }
        return persons;
    }

    private boolean inYear(Instant at) {
        return at.atZone(OSLO).getYear() == year;
    }

    private static String orUnknown(String value) {
        return value == null ? "UNKNOWN" : value;
    }
}
