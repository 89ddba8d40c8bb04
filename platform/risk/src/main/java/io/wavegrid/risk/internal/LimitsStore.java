package io.wavegrid.risk.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes limits set at run time (console, REST) back into the risk manager's configuration, so they survive a
 * restart and {@code etc/io.wavegrid.risk.cfg} (when it exists) keeps describing what runs. The configuration
 * update comes back through {@code @Modified} with the same values and changes nothing.
 */
final class LimitsStore {

    private static final Logger LOG = LoggerFactory.getLogger(LimitsStore.class);

    private LimitsStore() {
    }

    static void save(ConfigurationAdmin configAdmin, RiskSettings settings) {
        if (configAdmin == null) {
            LOG.warn("No Config Admin: the new risk limits apply until the next restart only");
            return;
        }
        try {
            Configuration configuration = configAdmin.getConfiguration(RiskSettings.PID, "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            for (var entry : settings.toConfig().entrySet()) {
                properties.put(entry.getKey(), entry.getValue());
            }
            configuration.updateIfDifferent(properties);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not store the new risk limits in {}; they apply until the next restart only: {}",
                    RiskSettings.PID, e.toString());
        }
    }
}
