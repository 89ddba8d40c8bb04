package io.wavegrid.engine.api;

/**
 * A profile as the engine runs it, and what became of its latest configuration change.
 *
 * @param active         the profile in force, or null if no valid configuration was ever given
 * @param revision       increases with every configuration change received, accepted or not
 * @param lastRejection  why the latest change was rejected, or null when it was accepted
 */
public record ProfileStatus(String name, StrategyProfile active, long revision, String lastRejection) {
}
