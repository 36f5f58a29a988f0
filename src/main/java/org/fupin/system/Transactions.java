package org.fupin.system;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions written where they begin, for services that are records (a record cannot be proxied, so it cannot
 * carry {@code @Transactional}). Each call joins the caller's transaction if there is one, and otherwise opens its
 * own, committed when the work returns and rolled back when it throws.
 */
@Component
public final class Transactions {

    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    Transactions(PlatformTransactionManager manager) {
        writing = new TransactionTemplate(manager);
        reading = new TransactionTemplate(manager);
        reading.setReadOnly(true);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Work that changes data, returning its result. */
    public <T> T write(Supplier<T> work) {
        return writing.execute(status -> work.get());
    }

    /** Work that changes data and may decide to roll it back ({@code status.setRollbackOnly()}, e.g. a dry run). */
    public <T> T write(Function<TransactionStatus, T> work) {
        return writing.execute(work::apply);
    }

    /** Work that changes data and returns nothing. */
    public void run(Runnable work) {
        writing.executeWithoutResult(status -> work.run());
    }

    /** Work that only reads, in one read-only transaction (one snapshot of the data). */
    public <T> T read(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }
}
