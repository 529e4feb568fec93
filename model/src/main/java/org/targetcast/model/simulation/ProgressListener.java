package org.targetcast.model.simulation;

/** Told as simulation blocks finish; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> {};

    /**
     * @param done blocks finished so far
     * @param total blocks in the run
     */
    void progress(int done, int total);
}
