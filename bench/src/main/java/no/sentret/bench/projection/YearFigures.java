package no.sentret.bench.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.sentret.stats.facts.Area;
import org.roaringbitmap.RoaringBitmap;

/**
 * One year's figures from {@link FigureProjection}: per-month and per-area presence sets of dense client indexes
 * (Roaring bitmaps, so a distinct count is a cardinality), service counts, new users, feedback; the names of
 * {@code GET /stats/annual/{year}}'s fields, so the two can be compared figure by figure.
 */
public final class YearFigures {

    private final int year;
    private final RoaringBitmap users = new RoaringBitmap();
    private final RoaringBitmap[] monthUsers = new RoaringBitmap[13];
    private final int[] monthServices = new int[13];
    private final RoaringBitmap[] areaUsers = new RoaringBitmap[Area.values().length];
    private final int[] areaServices = new int[Area.values().length];
    private int services;
    private int newUsers;
    private int responses;
    private int top;
    private int second;
    private int twoLowest;
    private int withFollowUp;

    YearFigures(int year) {
        this.year = year;
        for (int m = 1; m <= 12; m++) {
            monthUsers[m] = new RoaringBitmap();
        }
        for (int a = 0; a < areaUsers.length; a++) {
            areaUsers[a] = new RoaringBitmap();
        }
    }

    /** A live service event of the year; {@code person} is its canonical client index, or -1 for an anonymous one. */
    void service(Area area, int month, int person) {
        if (person < 0 && !area.countsAnonymous()) {
            return;
        }
        services++;
        monthServices[month]++;
        areaServices[area.ordinal()]++;
        if (person >= 0) {
            users.add(person);
            monthUsers[month].add(person);
            areaUsers[area.ordinal()].add(person);
        }
    }

    /** @param firstSeen per canonical client index, its first-seen epoch day */
    void newUsers(int[] firstSeen) {
        int from = (int) java.time.LocalDate.of(year, 1, 1).toEpochDay();
        int to = (int) java.time.LocalDate.of(year + 1, 1, 1).toEpochDay();
        newUsers = 0;
        users.forEach((int person) -> {
            if (firstSeen[person] >= from && firstSeen[person] < to) {
                newUsers++;
            }
        });
    }

    void feedback(int score, boolean followUp) {
        responses++;
        if (score == 4) {
            top++;
        } else if (score == 3) {
            second++;
        } else {
            twoLowest++;
        }
        if (followUp) {
            withFollowUp++;
        }
    }

    /** field → value, named as in the annual report's JSON (e.g. {@code monthlyUniqueUsers.peak}, {@code areas.STUA.services}) */
    public List<String[]> named() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"uniqueUsers", Integer.toString(users.getCardinality())});
        out.add(new String[] {"newUsers", Integer.toString(newUsers)});
        out.add(new String[] {"servicesGiven", Integer.toString(services)});
        int peak = 1;
        int lowest = 1;
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            int n = monthUsers[m].getCardinality();
            sum += n;
            peak = n > monthUsers[peak].getCardinality() ? m : peak;
            lowest = n < monthUsers[lowest].getCardinality() ? m : lowest;
        }
        out.add(new String[] {"monthlyUniqueUsers.average", String.format(Locale.ROOT, "%.4f", sum / 12.0)});
        out.add(new String[] {"monthlyUniqueUsers.peak", Integer.toString(monthUsers[peak].getCardinality())});
        out.add(new String[] {"monthlyUniqueUsers.lowest", Integer.toString(monthUsers[lowest].getCardinality())});
        for (Area area : Area.values()) {
            out.add(new String[] {"areas." + area + ".uniquePersons", Integer.toString(areaUsers[area.ordinal()].getCardinality())});
            out.add(new String[] {"areas." + area + ".services", Integer.toString(areaServices[area.ordinal()])});
        }
        for (int m = 1; m <= 12; m++) {
            String month = String.format(Locale.ROOT, "%d-%02d", year, m);
            out.add(new String[] {"month." + month + ".uniqueUsers", Integer.toString(monthUsers[m].getCardinality())});
            out.add(new String[] {"month." + month + ".services", Integer.toString(monthServices[m])});
        }
        out.add(new String[] {"feedback.responses", Integer.toString(responses)});
        out.add(new String[] {"feedback.top", Integer.toString(top)});
        out.add(new String[] {"feedback.second", Integer.toString(second)});
        out.add(new String[] {"feedback.twoLowest", Integer.toString(twoLowest)});
        out.add(new String[] {"feedback.withFollowUp", Integer.toString(withFollowUp)});
        return out;
    }
}
