package no.sentret.stats.projection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.facts.Vocabulary;

/**
 * Issue 19's storage redesign: what the frequent events say, kept as an in-memory projection folded one event at a
 * time with no database work per event. The state per service event is what its {@code service_event} row holds,
 * packed into a {@code long} behind its id ({@link EventStates}: a duplicate or a later void finds it there, so the
 * fold is exact as the row store is); beside it the area's own categories, the outreach contacts and the feedback.
 * The figures are derived from that state when asked for ({@link #figures}), as {@code ReportQueries} derives them from
 * the rows, over a dense client index with per-period presence sets ({@link YearFigures}), with what the rows know of
 * the clients ({@link ClientRows}: merges, client rows, erasures, frozen years).
 *
 * <p>Folded as {@code FactWriter} writes the rows: a service event of the visit, health and legal areas by its key
 * alone (a later record of an id replaces the earlier one's area, client and time; a void is kept whichever comes
 * first; {@code ServiceEventWrites}); contacts and feedback once per event id, as {@code processed_event} lets them
 * through once (feedback keeps its first answer; a contact's record replaces its channel and day, recorded and voided
 * stay once set). Client, merge and erasure facts are the rows' ({@link ClientRows}); the rare work records (legal
 * shifts and cases, street shifts, assignments, ad counts) too.
 */
public final class FigureProjection {

    private static final long CLIENT_MASK = 0xFFFF_FFFFL;
    private static final int DAY_SHIFT = 32;
    private static final long DAY_MASK = 0xFF_FFFFL;
    private static final int AREA_SHIFT = 56;
    private static final long RECORDED = 1L << 60;
    private static final long VOIDED = 1L << 61;
    private static final long NO_DAY = DAY_MASK;
    private static final int NEVER = Integer.MAX_VALUE;
    private static final EventStates EMPTY = new EventStates();

    private final Map<String, EventStates> serviceEvents = new HashMap<>();
    /** per source, a health line's categories or a legal inquiry's answer ({@link YearFigures#detail}), the last record's */
    private final Map<String, EventStates> details = new HashMap<>();
    /** per source, an outreach contact: channel, Oslo day, recorded, voided (as {@code outreach_contact}) */
    private final Map<String, EventStates> contacts = new HashMap<>();
    private final EventStates feedback = new EventStates();
    /** the ids of the contacts' and feedback's events: what {@code processed_event} holds of them */
    private final EventStates processed = new EventStates();
    private final Map<String, Integer> clientIndex = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final OsloCalendar.Days osloDays = new OsloCalendar.Days();
    private long folded;

    /** Folds one valid event; a duplicate changes nothing. */
    public void apply(UUID eventId, Fact fact) {
        folded++;
        if (fact instanceof Fact.ServiceFact s) {
            service(s); // idempotent by its key: no processed id (FactWriter.idempotentByKey)
        } else if (fact instanceof Fact.OutreachContactFact c) {
            if (isFirstDelivery(eventId)) {
                contact(c);
                if (c.service() != null) {
                    service(c.service());
                }
            }
        } else if (fact instanceof Fact.FeedbackFact f) {
            if (isFirstDelivery(eventId) && feedback.get(f.id()) == EventStates.ABSENT) { // the first answer counts
                feedback.put(f.id(), ((long) day(f.occurredAt()) << DAY_SHIFT) | f.score() | (f.hasFollowUp() ? RECORDED : 0));
            }
        }
    }

    private boolean isFirstDelivery(UUID eventId) {
        if (processed.get(eventId) != EventStates.ABSENT) {
            return false;
        }
        processed.put(eventId, 0);
        return true;
    }

    /**
     * As {@code ServiceEventWrites}' upsert: a record's area, client and day replace the row's; a void keeps the row's,
     * or, before any record, is a row of its own with the void's (counted nowhere).
     */
    private void service(Fact.ServiceFact s) {
        EventStates states = serviceEvents.computeIfAbsent(s.source(), k -> new EventStates());
        long old = states.get(s.id());
        boolean voided = !s.recorded() || (old != EventStates.ABSENT && (old & VOIDED) != 0);
        long value;
        if (s.recorded() || old == EventStates.ABSENT) {
            int client = s.clientCode() == null ? 0 : client(s.clientCode()) + 1;
            value = ((long) s.area().ordinal() << AREA_SHIFT) | ((long) day(s.occurredAt()) << DAY_SHIFT) | client
                    | (s.recorded() ? RECORDED : 0);
        } else {
            value = old;
        }
        states.put(s.id(), voided ? value | VOIDED : value);
        if (s.recorded() && s.detail() != null) {
            details.computeIfAbsent(s.source(), k -> new EventStates()).put(s.id(), YearFigures.detail(s.detail()));
        }
    }

    /** As {@code SetWrites.CONTACTS}: a record's channel and day replace the row's; recorded and voided, once set, stay. */
    private void contact(Fact.OutreachContactFact c) {
        EventStates states = contacts.computeIfAbsent(c.source(), k -> new EventStates());
        long old = states.get(c.id());
        long flags = old == EventStates.ABSENT ? 0 : old & (RECORDED | VOIDED);
        long value;
        if (c.recorded()) {
            value = ((long) day(c.occurredAt()) << DAY_SHIFT) | (Vocabulary.CONTACT_CHANNELS.indexOf(c.channel()) + 1) | RECORDED;
        } else {
            value = old == EventStates.ABSENT ? NO_DAY << DAY_SHIFT : old;
            flags |= VOIDED;
        }
        states.put(c.id(), value | flags);
    }

    private int day(Instant at) {
        return osloDays.epochDay(at);
    }

    private int client(String code) {
        Integer i = clientIndex.get(code);
        if (i == null) {
            i = codes.size();
            clientIndex.put(code, i);
            codes.add(code);
        }
        return i;
    }

    public long folded() {
        return folded;
    }

    public int serviceEvents() {
        return serviceEvents.values().stream().mapToInt(EventStates::size).sum();
    }

    /**
     * One Europe/Oslo year's figures, derived from the folded state as {@code ReportQueries} derives them from the
     * rows: a code counts as its root (merges); an erased code's events of its erasure's year and later count without
     * a person; a frozen year's events count for nothing here (the year's figures and its first-seen dates are the
     * rows'); a person is new in the year when neither a live event of any of their codes nor a registration (or a
     * first seen in a frozen year) of any of their client rows came before it; the year's persons are described by
     * their root code's client row, UNKNOWN without one.
     */
    public YearFigures figures(int year, ClientRows clients) {
        return figures(List.of(year), clients).get(year);
    }

    /**
     * {@link #figures(int, ClientRows)} of several years in one pass over the state (the monthly figures and the
     * nationality shares span years), by year.
     */
    public Map<Integer, YearFigures> figures(Collection<Integer> years, ClientRows clients) {
        Persons persons = new Persons(clients);
        int[] firstSeen = new int[codes.size()];
        Arrays.fill(firstSeen, NEVER);
        Map<Integer, YearFigures> byYear = new TreeMap<>();
        for (int year : years) {
            byYear.put(year, new YearFigures(year));
        }
        for (Map.Entry<String, EventStates> source : serviceEvents.entrySet()) {
            EventStates sourceDetails = details.getOrDefault(source.getKey(), EMPTY);
            source.getValue().forEach((hi, lo, v) -> {
                if ((v & RECORDED) == 0 || (v & VOIDED) != 0) {
                    return;
                }
                int day = (int) ((v >>> DAY_SHIFT) & DAY_MASK);
                LocalDate date = LocalDate.ofEpochDay(day);
                if (clients.frozen(date.getYear())) {
                    return;
                }
                int person = persons.of((int) (v & CLIENT_MASK) - 1, date.getYear());
                if (person >= 0 && day < firstSeen[person]) {
                    firstSeen[person] = day;
                }
                YearFigures figures = byYear.get(date.getYear());
                if (figures != null) {
                    Area area = Area.values()[(int) (v >>> AREA_SHIFT) & 0x7];
                    figures.service(area, date.getMonthValue(), person, sourceDetails.get(hi, lo));
                }
            });
        }
        for (int p = 0; p < persons.size(); p++) {
            firstSeen[p] = Math.min(firstSeen[p], clients.firstDay(persons.root(p)));
        }
        for (YearFigures figures : byYear.values()) {
            figures.newUsers(firstSeen);
            figures.persons(p -> clients.row(persons.root(p)));
        }
        for (EventStates states : contacts.values()) {
            states.forEachValue(v -> {
                YearFigures figures = byYear.get(LocalDate.ofEpochDay((v >>> DAY_SHIFT) & DAY_MASK).getYear());
                if ((v & RECORDED) != 0 && (v & VOIDED) == 0 && figures != null) {
                    figures.contact(Vocabulary.CONTACT_CHANNELS.get((int) (v & 0xFF) - 1));
                }
            });
        }
        feedback.forEachValue(v -> {
            YearFigures figures = byYear.get(LocalDate.ofEpochDay((v >>> DAY_SHIFT) & DAY_MASK).getYear());
            if (figures != null) {
                figures.feedback((int) (v & CLIENT_MASK), (v & RECORDED) != 0);
            }
        });
        return byYear;
    }

    /** The persons of a derivation: a dense index over the root codes of the projection's client codes. */
    private final class Persons {

        private final ClientRows clients;
        private final int[] person = new int[codes.size()];
        private final int[] erasedFrom = new int[codes.size()];
        private final Map<String, Integer> byRoot = new HashMap<>();
        private final List<String> roots = new ArrayList<>();

        Persons(ClientRows clients) {
            this.clients = clients;
            Arrays.fill(person, -1);
        }

        /** the person of the client index's code in the year, or -1 (anonymous, or unlinked by an erasure) */
        int of(int client, int year) {
            if (client < 0) {
                return -1;
            }
            if (person[client] < 0) {
                String code = codes.get(client);
                person[client] = byRoot.computeIfAbsent(clients.root(code), r -> {
                    roots.add(r);
                    return roots.size() - 1;
                });
                erasedFrom[client] = clients.erasedFrom(code);
            }
            return erasedFrom[client] <= year ? -1 : person[client];
        }

        int size() {
            return roots.size();
        }

        String root(int p) {
            return roots.get(p);
        }
    }

    /**
     * The snapshot a replay would commit with the offsets it covers: every event's id and packed state, the contacts,
     * the feedback, the processed ids and the client codes. One write per snapshot instead of a row per event.
     */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(serviceEvents() * 24 + codes.size() * 16 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Map<String, EventStates> bySource : List.of(serviceEvents, details, contacts)) {
                out.writeInt(bySource.size());
                for (Map.Entry<String, EventStates> e : bySource.entrySet()) {
                    out.writeUTF(e.getKey());
                    writeStates(out, e.getValue());
                }
            }
            writeStates(out, feedback);
            writeStates(out, processed);
            out.writeInt(codes.size());
            for (String code : codes) {
                out.writeUTF(code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeStates(DataOutputStream out, EventStates states) throws IOException {
        out.writeInt(states.size());
        IOException[] failed = new IOException[1];
        states.forEach((hi, lo, v) -> {
            try {
                out.writeLong(hi);
                out.writeLong(lo);
                out.writeLong(v);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
