package no.sentret.health.worklists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sentret.health.consultations.Category;
import no.sentret.health.consultations.PrepStage;
import no.sentret.health.consultations.ServiceLine;
import no.sentret.health.consultations.TestResult;
import no.sentret.health.consultations.Vaccine;
import no.sentret.health.worklists.WorkLists.DueStatus;
import no.sentret.health.worklists.WorkLists.PendingResult;
import no.sentret.health.worklists.WorkLists.PendingResults;
import no.sentret.health.worklists.WorkLists.PrepFollowUp;
import no.sentret.health.worklists.WorkLists.PrepFollowUps;
import no.sentret.health.worklists.WorkLists.SecondDose;
import no.sentret.health.worklists.WorkLists.SecondDoses;
import no.sentret.health.worklists.WorkLists.UntoldPositive;
import no.sentret.health.worklists.WorkLists.UntoldPositives;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.records.CentreTime;

/**
 * The work lists, computed from the standing service lines (neither they nor their consultation
 * voided). A client merged since is listed under the surviving code. Each read is audited.
 */
@ApplicationScoped
public class WorkListService {

    /** The PrEP follow-up interval. */
    static final int PREP_FOLLOW_UP_MONTHS = 3;

    private static final String STANDING = "voidedAt is null and consultation.voidedAt is null";

    private final ClientDirectory directory;
    private final AuditLog audit;

    public WorkListService(ClientDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    public PendingResults pendingResults(int olderThanDays) {
        Instant now = CentreTime.now();
        Instant before = now.minus(Duration.ofDays(olderThanDays));
        CurrentCodes codes = new CurrentCodes(directory);
        List<PendingResult> items = ServiceLine.<ServiceLine>list("category = ?1 and result = ?2 and occurredAt <= ?3 and " + STANDING
                        + " order by occurredAt, id", Category.STI_TEST, TestResult.PENDING, before).stream()
                .map(l -> new PendingResult(l.id, l.consultation.id, codes.of(l.clientCode), l.occurredAt, l.infection,
                        ChronoUnit.DAYS.between(l.occurredAt, now)))
                .toList();
        audit.read("work-list", "pending-results?olderThanDays=" + olderThanDays);
        return new PendingResults(CentreTime.today(), olderThanDays, items);
    }

    @Transactional
    public UntoldPositives untoldPositives() {
        CurrentCodes codes = new CurrentCodes(directory);
        List<UntoldPositive> items = ServiceLine.<ServiceLine>list("category = ?1 and result = ?2 and toldAt is null and " + STANDING
                        + " order by resultSetAt, id", Category.STI_TEST, TestResult.POSITIVE).stream()
                .map(l -> new UntoldPositive(l.id, l.consultation.id, codes.of(l.clientCode), l.occurredAt, l.infection, l.resultSetAt))
                .toList();
        audit.read("work-list", "untold-positives");
        return new UntoldPositives(CentreTime.today(), items);
    }

    /**
     * PrEP users (latest START, FOLLOW_UP or STOP is not a STOP) whose next follow-up, 3 months after
     * the start or the last follow-up since, falls on or before today + withinDays.
     */
    @Transactional
    public PrepFollowUps prepFollowUps(int withinDays) {
        LocalDate today = CentreTime.today();
        CurrentCodes codes = new CurrentCodes(directory);
        Map<String, List<ServiceLine>> byClient = PrepHistory.onPrep(codes);
        List<PrepFollowUp> items = new ArrayList<>();
        byClient.forEach((code, lines) -> {
            ServiceLine start = null;
            ServiceLine lastFollowUp = null;
            for (ServiceLine l : lines) {
                if (l.prepStage == PrepStage.START || l.prepStage == PrepStage.STOP) {
                    start = l.prepStage == PrepStage.START ? l : null;
                    lastFollowUp = null;
                } else {
                    lastFollowUp = l; // also a follow-up of a start recorded before this system
                }
            }
            ServiceLine from = lastFollowUp != null ? lastFollowUp : start;
            LocalDate dueOn = day(from).plusMonths(PREP_FOLLOW_UP_MONTHS);
            if (dueOn.isAfter(today.plusDays(withinDays))) {
                return;
            }
            ServiceLine regimen = lastFollowUp != null && lastFollowUp.regimen != null ? lastFollowUp : start;
            items.add(new PrepFollowUp(code, start == null ? null : day(start), lastFollowUp == null ? null : day(lastFollowUp),
                    regimen == null ? null : regimen.regimen, dueOn, dueOn.isBefore(today) ? DueStatus.OVERDUE : DueStatus.DUE));
        });
        items.sort(Comparator.comparing(PrepFollowUp::dueOn).thenComparing(PrepFollowUp::clientCode));
        audit.read("work-list", "prep-follow-ups?withinDays=" + withinDays);
        return new PrepFollowUps(today, withinDays, items);
    }

    /** Clients with a first dose of a vaccine and no later dose, whose second dose is due by today + withinDays. */
    @Transactional
    public SecondDoses secondDoses(int withinDays) {
        LocalDate today = CentreTime.today();
        CurrentCodes codes = new CurrentCodes(directory);
        Map<String, ServiceLine> firstDose = new LinkedHashMap<>();
        Map<String, Boolean> laterDose = new HashMap<>();
        ServiceLine.<ServiceLine>list("category = ?1 and " + STANDING + " order by occurredAt, position", Category.VACCINATION)
                .forEach(l -> {
                    String key = codes.of(l.clientCode) + "|" + l.vaccine;
                    if (l.dose == 1) {
                        firstDose.putIfAbsent(key, l);
                    } else {
                        laterDose.put(key, true);
                    }
                });
        List<SecondDose> items = new ArrayList<>();
        firstDose.forEach((key, l) -> {
            if (laterDose.containsKey(key)) {
                return;
            }
            Vaccine vaccine = l.vaccine;
            LocalDate dueOn = day(l).plus(vaccine.secondDoseAfter());
            if (!dueOn.isAfter(today.plusDays(withinDays))) {
                items.add(new SecondDose(key.substring(0, key.indexOf('|')), vaccine, day(l), dueOn,
                        dueOn.isBefore(today) ? DueStatus.OVERDUE : DueStatus.DUE));
            }
        });
        items.sort(Comparator.comparing(SecondDose::dueOn).thenComparing(SecondDose::clientCode));
        audit.read("work-list", "second-doses?withinDays=" + withinDays);
        return new SecondDoses(today, withinDays, items);
    }

    /** The Oslo day a line counts from: a PrEP prescription's date, otherwise the consultation's day. */
    private static LocalDate day(ServiceLine l) {
        return l.prescribedOn != null ? l.prescribedOn : l.occurredAt.atZone(CentreTime.OSLO).toLocalDate();
    }
}
