package no.sentret.platform.idempotency;

/** What the store says about a keyed request when it arrives. */
sealed interface Claim {

    /** Nobody used this key: the request runs, and its answer is kept. */
    record New(String caller, String key) implements Claim {
    }

    /** Answered before with the same request: the answer is sent again. */
    record Answered(StoredResponse response) implements Claim {
    }

    /** The key was used for a different request (another body or path). */
    record Mismatch() implements Claim {
    }

    /** The first attempt with this key is still running. */
    record InProgress() implements Claim {
    }

    /**
     * The first attempt's write committed, but its process died before the answer was kept: a retry
     * must not write again, and the answer cannot be given again.
     */
    record WrittenAnswerLost() implements Claim {
    }
}
