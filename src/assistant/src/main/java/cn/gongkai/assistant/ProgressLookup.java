package cn.gongkai.assistant;

/**
 * An application's progress for the assistant (the applications desk behind it). Wrong codes fail with the desk's
 * {@code DomainException} (TRACKING_NOT_FOUND, TOO_MANY_ATTEMPTS), whose message the assistant passes on.
 */
public interface ProgressLookup {
    /** A short Chinese account of where the application stands and its next deadline. */
    String describe(String trackingNumber, String queryCode);
}
