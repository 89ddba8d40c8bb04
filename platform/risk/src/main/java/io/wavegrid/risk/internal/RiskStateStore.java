package io.wavegrid.risk.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link StoredRiskState} in Config Admin under its own PID {@value #PID}. Config Admin is there on every
 * Karaf node, with or without the database, and writes each update to disk before it returns (Karaf's {@code data/}),
 * so the state survives a bundle restart and a process restart on the embedded defaults. Nothing listens to this
 * PID: an update never reconfigures the risk manager. Without Config Admin the state lives in memory only, which is
 * logged at every change.
 */
final class RiskStateStore {

    static final String PID = "io.wavegrid.risk.state";

    private static final Logger LOG = LoggerFactory.getLogger(RiskStateStore.class);

    /** What {@link #load} found. */
    record Loaded(Kind kind, StoredRiskState state, String problem) {

        enum Kind {
            /** No Config Admin: nothing can be known or kept. */
            NO_STORE,
            /** Nothing stored yet: the first start. */
            EMPTY,
            /** A complete record. */
            STORED,
            /** Something is stored but cannot be trusted, or the store failed. */
            UNUSABLE
        }
    }

    private volatile ConfigurationAdmin admin;

    void use(ConfigurationAdmin configAdmin) {
        admin = configAdmin;
    }

    /** Forgets Config Admin unless another one replaced it already (DS binds the new one before unbinding the old). */
    void release(ConfigurationAdmin configAdmin) {
        if (admin == configAdmin) {
            admin = null;
        }
    }

    Loaded load() {
        ConfigurationAdmin current = admin;
        if (current == null) {
            return new Loaded(Loaded.Kind.NO_STORE, null, "no Config Admin");
        }
        Map<String, Object> properties;
        try {
            Configuration[] found = current.listConfigurations("(" + Constants.SERVICE_PID + "=" + PID + ")");
            Dictionary<String, Object> stored = found == null || found.length == 0 ? null : found[0].getProperties();
            if (stored == null) {
                return new Loaded(Loaded.Kind.EMPTY, null, "");
            }
            properties = new HashMap<>();
            for (String key : Collections.list(stored.keys())) {
                properties.put(key, stored.get(key));
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            return new Loaded(Loaded.Kind.UNUSABLE, null, "Config Admin could not read " + PID + ": " + e);
        }
        try {
            return new Loaded(Loaded.Kind.STORED, StoredRiskState.parse(properties), "");
        } catch (IllegalArgumentException e) {
            return new Loaded(Loaded.Kind.UNUSABLE, null, e.getMessage());
        }
    }

    /**
     * The stored properties this class does not write, kept on every update: above all File Install's
     * {@code felix.fileinstall.filename} when the record lives in {@code etc/}{@value #PID}{@code .cfg}, without which
     * the file would no longer be written back and would bring its old content back at the next start.
     */
    private static Dictionary<String, Object> othersOf(Dictionary<String, Object> stored) {
        Dictionary<String, Object> kept = new Hashtable<>();
        if (stored != null) {
            for (String key : Collections.list(stored.keys())) {
                if (!StoredRiskState.owns(key)) {
                    kept.put(key, stored.get(key));
                }
            }
        }
        return kept;
    }

    /** Writes the state; false (and logged) when it could not be kept beyond this process. */
    boolean save(StoredRiskState state) {
        ConfigurationAdmin current = admin;
        if (current == null) {
            LOG.warn("No Config Admin: the risk state ({}, emergency {}) is kept in memory only and a restart loses it",
                    state.trading().state(), state.stop() == null ? "armed" : "ENGAGED");
            return false;
        }
        try {
            Configuration configuration = current.getConfiguration(PID, "?");
            Dictionary<String, Object> properties = othersOf(configuration.getProperties());
            state.toProperties().forEach(properties::put);
            configuration.updateIfDifferent(properties);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("The risk state ({}, emergency {}) could not be stored in {}; a restart would lose it: {}",
                    state.trading().state(), state.stop() == null ? "armed" : "ENGAGED", PID, e.toString());
            return false;
        }
    }
}
