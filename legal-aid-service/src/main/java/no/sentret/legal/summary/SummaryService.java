package no.sentret.legal.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sentret.legal.areas.LegalArea;
import no.sentret.legal.cases.CaseStatus;
import no.sentret.legal.cases.ReferredTo;
import no.sentret.legal.inquiries.WouldNotOtherwise;
import no.sentret.legal.shifts.ShiftStatus;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.Period;

/**
 * The coordinator's summary: counted in the database, voided records left out. It reads inquiries
 * and cases (as counts), so it is an audited read of resource {@code legal-summary}, id {@code from..to}.
 */
@ApplicationScoped
public class SummaryService {

    public static final String RESOURCE = "legal-summary";

    private final EntityManager em;
    private final AuditLog audit;

    public SummaryService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @Transactional
    public LegalSummary summary(Period period) {
        LocalDate from = period.start().atZone(CentreTime.OSLO).toLocalDate();
        LocalDate until = period.end().atZone(CentreTime.OSLO).toLocalDate(); // exclusive
        audit.read(RESOURCE, from + ".." + until.minusDays(1));
        Map<String, Long> shifts = zeros(ShiftStatus.values());
        counts("select status, count(*) from legal_shift where shift_date >= ?1 and shift_date < ?2 group by 1", shifts, from, until);
        long substituted = count("select count(*) from legal_shift where shift_date >= ?1 and shift_date < ?2 and lawyer_id <> planned_lawyer_id",
                from, until);
        String inquiryWhere = " from legal_inquiry where voided_at is null and occurred_at >= ?1 and occurred_at < ?2";
        Map<String, Long> wouldNot = zeros(WouldNotOtherwise.values());
        counts("select would_not_otherwise, count(*)" + inquiryWhere + " group by 1", wouldNot, period.start(), period.end());
        long inquiries = wouldNot.values().stream().mapToLong(Long::longValue).sum();
        long anonymous = count("select count(*)" + inquiryWhere + " and client_code is null", period.start(), period.end());
        String caseWhere = " from legal_case where voided_at is null and opened_on >= ?1 and opened_on < ?2";
        Map<String, Long> byArea = zeros(LegalArea.values());
        counts("select area, count(*)" + caseWhere + " group by 1", byArea, from, until);
        Map<String, Long> byOutcome = zeros(CaseStatus.values());
        counts("select status, count(*)" + caseWhere + " group by 1", byOutcome, from, until);
        Map<String, Long> referredTo = zeros(ReferredTo.values());
        counts("select referred_to, count(*)" + caseWhere + " and referred_to is not null group by 1", referredTo, from, until);
        long opened = byArea.values().stream().mapToLong(Long::longValue).sum();
        long openNow = count("select count(*) from legal_case where voided_at is null and status = ?1", CaseStatus.OPEN.name());
        return new LegalSummary(from, until.minusDays(1), shifts, substituted, inquiries, anonymous, wouldNot, opened, byArea, byOutcome,
                referredTo, openNow);
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }

    private void counts(String sql, Map<String, Long> into, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            into.put((String) r[0], ((Number) r[1]).longValue());
        }
    }

    private long count(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
