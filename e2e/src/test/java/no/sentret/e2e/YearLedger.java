package no.sentret.e2e;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the test sent, and the figures it expects from that alone: computed here, independently of
 * the stats service, with the domain's definitions (Europe/Oslo calendar, voided events do not count,
 * anonymous events count as services but not as users).
 */
final class YearLedger {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    record Event(String id, String clientCode, Instant at, String area) {
    }

    private final int year;
    private final Map<String, Event> events = new HashMap<>();
    private final int[] feedbackByScore = new int[5];

    YearLedger(int year) {
        this.year = year;
    }

    void recorded(Event e) {
        events.put(e.id(), e);
    }

    void voided(String id) {
        events.remove(id);
    }

    void feedback(int score, Instant at) {
        if (inYear(at)) {
            feedbackByScore[score]++;
        }
    }

    int servicesGiven() {
        return (int) events.values().stream().filter(e -> inYear(e.at())).count();
    }

    int uniqueUsers() {
        return users(null, null).size();
    }

    int monthServices(int month) {
        return (int) events.values().stream().filter(e -> inMonth(e.at(), month)).count();
    }

    int monthUsers(int month) {
        return users(month, null).size();
    }

    int areaServices(String area) {
        return (int) events.values().stream().filter(e -> inYear(e.at()) && e.area().equals(area)).count();
    }

    int areaUsers(String area) {
        return users(null, area).size();
    }

    int feedback(int score) {
        return feedbackByScore[score];
    }

    int feedbackResponses() {
        return feedbackByScore[1] + feedbackByScore[2] + feedbackByScore[3] + feedbackByScore[4];
    }

    private Set<String> users(Integer month, String area) {
        Set<String> codes = new HashSet<>();
        for (Event e : events.values()) {
            boolean when = month == null ? inYear(e.at()) : inMonth(e.at(), month);
            if (when && e.clientCode() != null && (area == null || area.equals(e.area()))) {
                codes.add(e.clientCode());
            }
        }
        return codes;
    }

    private boolean inYear(Instant at) {
        return at.atZone(OSLO).getYear() == year;
    }

    private boolean inMonth(Instant at, int month) {
        return YearMonth.from(at.atZone(OSLO)).equals(YearMonth.of(year, month));
    }
}
