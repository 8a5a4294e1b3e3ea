package no.sentret.stats.projection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.facts.Vocabulary;

/**
 * Issue 19's storage redesign: the statistics as an in-memory projection of the events, folded one event at a time
 * with no database work per event. The state per service event is what its {@code service_event} row holds, packed
 * into a {@code long} behind its id ({@link EventStates}: a duplicate or a later void finds it there, so the fold is
 * exact as the row store is); the figures are derived from that state when asked for ({@link #figures}), as
 * {@code ReportQueries} derives them from the rows, over a dense client index with per-period presence sets
 * ({@link YearFigures}).
 *
 * <p>Folded as {@code FactWriter} writes the rows: a service event of the visit, health and legal areas by its key
 * alone (a later record of an id replaces the earlier one's area, client and time; a void is kept whichever comes
 * first; {@code ServiceEventWrites}); every other fact once per event id, as {@code processed_event} lets it through
 * once (feedback keeps its first answer, a client's attributes are the last registration or update's, merges keep
 * the aliases transitively closed and refuse a cycle, an erasure unlinks the codes' events of its year and later).
 *
 * <p>Not folded yet (counted in {@link #notFolded}): the rare work records (legal shifts and cases, street shifts,
 * assignments, ad counts), which stay rows; and the frozen years (issue 18), whose figures stay in
 * {@code frozen_year}: this projection does not know which years are frozen, so an event the row store left out for
 * its frozen year is folded here (stats README, "The projection").
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
    /** the ids of the events that are not idempotent by their key: what {@code processed_event} holds */
    private final EventStates processed = new EventStates();
    private final Map<String, Integer> clientIndex = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private int[] registeredOn = new int[1024];
    /** a client's attributes, the last registration or update's ({@code client}); null until one came */
    private String[] gender = new String[1024];
    private String[] nationality = new String[1024];
    private String[] ageGroup = new String[1024];
    /** per client index, the first year whose events an erasure unlinked from the code ({@link #NEVER}: none) */
    private int[] erasedFrom = new int[1024];
    /** merged code → its root code, transitively closed as {@code client_alias} is */
    private final Map<String, String> aliases = new HashMap<>();
    private long folded;
    private long notFolded;

    /** Folds one valid event; a duplicate changes nothing. */
    public void apply(UUID eventId, Fact fact) {
        folded++;
        if (fact instanceof Fact.ServiceFact s) {
            service(s); // idempotent by its key: no processed id (FactWriter.idempotentByKey)
            return;
        }
        if (fact instanceof Fact.NoFigures) {
            return;
        }
        if (!isFirstDelivery(eventId)) {
            return;
        }
        if (fact instanceof Fact.OutreachContactFact c) {
            contact(c);
            if (c.service() != null) {
                service(c.service());
            }
        } else if (fact instanceof Fact.FeedbackFact f) {
            if (feedback.get(f.id()) == EventStates.ABSENT) { // the first answer counts
                feedback.put(f.id(), pack(0, day(f.occurredAt()), f.score(), f.hasFollowUp()));
            }
        } else if (fact instanceof Fact.ClientFact c) {
            int i = client(c.code());
            registeredOn[i] = c.firstRegisteredOn() == null ? NEVER : (int) c.firstRegisteredOn().toEpochDay();
            gender[i] = c.gender();
            nationality[i] = c.nationality();
            ageGroup[i] = c.ageGroup();
        } else if (fact instanceof Fact.MergeFact m) {
            merge(m.mergedCode(), m.survivingCode());
        } else if (fact instanceof Fact.ErasureFact e) {
            for (String code : e.codes()) {
                int i = client(code);
                erasedFrom[i] = Math.min(erasedFrom[i], e.openFromYear()); // the first erasure of a code holds
            }
        } else {
            notFolded++;
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
     * or, before any record, is a row of its own with the void's (counted nowhere, but its client code still refers
     * to the person when an erasure asks whether anything does).
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

    /** As {@code FactWriter.merge}: the merged code points at the surviving code's root, and so does every code that pointed at it. */
    private void merge(String merged, String surviving) {
        String root = aliases.getOrDefault(surviving, surviving);
        if (root.equals(merged)) {
            return; // a merge back into its own alias would make a cycle; the codes are already one person
        }
        aliases.put(merged, root);
        aliases.replaceAll((code, to) -> to.equals(merged) ? root : to);
    }

    private static int day(Instant at) {
        return (int) OsloCalendar.date(at).toEpochDay();
    }

    private static long pack(int area, int day, int client, boolean flag) {
        return ((long) area << AREA_SHIFT) | ((long) day << DAY_SHIFT) | client | (flag ? RECORDED : 0);
    }

    private int client(String code) {
        Integer i = clientIndex.get(code);
        if (i == null) {
            i = codes.size();
            clientIndex.put(code, i);
            codes.add(code);
            if (i == registeredOn.length) {
                registeredOn = Arrays.copyOf(registeredOn, i * 2);
                erasedFrom = Arrays.copyOf(erasedFrom, i * 2);
                gender = Arrays.copyOf(gender, i * 2);
                nationality = Arrays.copyOf(nationality, i * 2);
                ageGroup = Arrays.copyOf(ageGroup, i * 2);
            }
            registeredOn[i] = NEVER;
            erasedFrom[i] = NEVER;
        }
        return i;
    }

    public long folded() {
        return folded;
    }

    /** events of kinds this projection does not fold yet (see the class comment) */
    public long notFolded() {
        return notFolded;
    }

    public int serviceEvents() {
        return serviceEvents.values().stream().mapToInt(EventStates::size).sum();
    }

    /**
     * One Europe/Oslo year's figures, derived from the folded state as {@code ReportQueries} derives them from the
     * rows: merged codes count as their root; an erased code's events of its erasure's year and later count without a
     * person; a person is new in the year when neither a live event nor the registration of any of their codes that
     * still has a client row came before it; a client's row (its attributes, its registration) goes with an erasure
     * once no event refers to any code of the person any more ({@code FactWriter.unlinkErased}).
     */
    public YearFigures figures(int year) {
        int[] canonical = canonicalClients();
        int n = canonical.length;
        int[] firstSeen = new int[n];
        Arrays.fill(firstSeen, NEVER);
        boolean[] referenced = new boolean[n]; // a person some event still refers to
        YearFigures figures = new YearFigures(year);
        for (Map.Entry<String, EventStates> source : serviceEvents.entrySet()) {
            EventStates sourceDetails = details.getOrDefault(source.getKey(), EMPTY);
            source.getValue().forEach((hi, lo, v) -> {
                int day = (int) ((v >>> DAY_SHIFT) & DAY_MASK);
                int client = (int) (v & CLIENT_MASK) - 1;
                int eventYear = day == NO_DAY ? Integer.MIN_VALUE : LocalDate.ofEpochDay(day).getYear();
                int person = client < 0 || erasedFrom[client] <= eventYear ? -1 : canonical[client];
                if (person >= 0) {
                    referenced[person] = true;
                }
                if ((v & RECORDED) == 0 || (v & VOIDED) != 0) {
                    return;
                }
                if (person >= 0 && day < firstSeen[person]) {
                    firstSeen[person] = day;
                }
                if (eventYear == year) {
                    Area area = Area.values()[(int) (v >>> AREA_SHIFT) & 0x7];
                    figures.service(area, LocalDate.ofEpochDay(day).getMonthValue(), person, sourceDetails.get(hi, lo));
                }
            });
        }
        boolean[] hasClientRow = new boolean[n];
        for (int i = 0; i < n; i++) {
            hasClientRow[i] = gender[i] != null && (erasedFrom[i] == NEVER || referenced[canonical[i]]);
            if (hasClientRow[i]) {
                firstSeen[canonical[i]] = Math.min(firstSeen[canonical[i]], registeredOn[i]);
            }
        }
        figures.newUsers(firstSeen);
        figures.persons(i -> hasClientRow[i] ? gender[i] : null, i -> hasClientRow[i] ? nationality[i] : null,
                i -> hasClientRow[i] ? ageGroup[i] : null, i -> hasClientRow[i]);
        for (EventStates states : contacts.values()) {
            states.forEachValue(v -> {
                int day = (int) ((v >>> DAY_SHIFT) & DAY_MASK);
                if ((v & RECORDED) != 0 && (v & VOIDED) == 0 && LocalDate.ofEpochDay(day).getYear() == year) {
                    figures.contact(Vocabulary.CONTACT_CHANNELS.get((int) (v & 0xFF) - 1));
                }
            });
        }
        feedback.forEachValue(v -> {
            LocalDate date = LocalDate.ofEpochDay((v >>> DAY_SHIFT) & DAY_MASK);
            if (date.getYear() == year) {
                figures.feedback((int) (v & CLIENT_MASK), (v & RECORDED) != 0);
            }
        });
        return figures;
    }

    /** Each client index's root code's index (the aliases are transitively closed: one look-up). */
    private int[] canonicalClients() {
        aliases.values().forEach(this::client); // a root code may never have been seen itself
        int[] canonical = new int[codes.size()];
        for (int i = 0; i < canonical.length; i++) {
            String root = aliases.get(codes.get(i));
            canonical[i] = root == null ? i : clientIndex.get(root);
        }
        return canonical;
    }

    /**
     * The snapshot a replay would commit with the offsets it covers: every event's id and packed state, the client
     * codes with their registration days and erasures, the aliases. One write per snapshot instead of a row per event.
     */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(serviceEvents() * 24 + codes.size() * 16 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(serviceEvents.size());
            for (Map.Entry<String, EventStates> e : serviceEvents.entrySet()) {
                out.writeUTF(e.getKey());
                writeStates(out, e.getValue());
            }
            writeStates(out, feedback);
            writeStates(out, processed);
            out.writeInt(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                out.writeUTF(codes.get(i));
                out.writeInt(registeredOn[i]);
                out.writeInt(erasedFrom[i]);
            }
            out.writeInt(aliases.size());
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                out.writeUTF(a.getKey());
                out.writeUTF(a.getValue());
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
