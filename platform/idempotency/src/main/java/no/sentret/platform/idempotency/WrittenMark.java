package no.sentret.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Marks a keyed request's claim as written inside the transaction that does the writing, so the mark
 * commits with the write or not at all. The answer itself is kept only after the commit (it does not
 * exist before); should the process die in between ({@code kill -9}, the OOM killer, a node lost), the
 * claim would otherwise look like an attempt that died before writing, and a retry after
 * {@link IdempotencyConfig#abandonedAfter} would write a second visit. With the mark, the retry is told
 * the first attempt was recorded ({@link Claim.WrittenAnswerLost}).
 */
@ApplicationScoped
class WrittenMark {

    /** The value of {@code status} for "written, answer not kept (yet)": no HTTP status is 0. */
    static final int WRITTEN = 0;

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    WrittenMark(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (!Arc.container().requestContext().isActive()) {
            return; // a scheduled job or a consumer: no request, no key
        }
        Claim.New claim = Arc.container().instance(KeyedRequest.class).get().claim();
        if (claim == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                mark(claim);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    /** Runs on the transaction's own connection (Agroal hands the enlisted one out again). */
    private void mark(Claim.New claim) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "update idempotency_key set status = ? where caller = ? and key = ? and status is null")) {
            update.setInt(1, WRITTEN);
            update.setString(2, claim.caller());
            update.setString(3, claim.key());
            update.executeUpdate();
        } catch (SQLException e) {
            // failing the mark fails the transaction: better a 503 and a retry than a write a retry would repeat
            throw new IllegalStateException("could not mark the keyed request as written: " + e.getMessage(), e);
        }
    }
}
