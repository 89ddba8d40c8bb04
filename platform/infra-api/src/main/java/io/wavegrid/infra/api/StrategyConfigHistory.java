package io.wavegrid.infra.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Every configuration a strategy ever ran with, so any result can be traced to its parameters. */
@ProviderType
public interface StrategyConfigHistory {

    void record(StrategyConfigChange change);

    /** The newest versions of one PID, newest first. */
    List<StrategyConfigChange> history(String pid, int limit);
}
