package io.wavegrid.console.internal;

import java.io.IOException;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Finds the Config Admin configuration behind a strategy profile, creating it for a profile not yet configured. */
final class ProfileConfigurations {

    static final String FACTORY_PID = "io.wavegrid.strategy";

    private ProfileConfigurations() {
    }

    static Configuration find(ConfigurationAdmin admin, String profile) throws IOException, InvalidSyntaxException {
        Configuration[] existing = admin.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
        if (existing != null) {
            for (Configuration c : existing) {
                if (profile.equals(nameOf(c))) {
                    return c;
                }
            }
        }
        return admin.getFactoryConfiguration(FACTORY_PID, profile, "?");
    }

    /** Same naming rule as the engine: explicit name, else the file name, else the named-factory suffix. */
    private static String nameOf(Configuration c) {
        Object explicit = c.getProperties() == null ? null : c.getProperties().get("name");
        if (explicit != null) {
            return explicit.toString().trim();
        }
        Object file = c.getProperties() == null ? null : c.getProperties().get("felix.fileinstall.filename");
        if (file != null) {
            String base = file.toString().substring(file.toString().lastIndexOf('/') + 1);
            String prefix = FACTORY_PID + "-";
            if (base.startsWith(prefix) && base.endsWith(".cfg")) {
                return base.substring(prefix.length(), base.length() - 4);
            }
        }
        String pid = c.getPid();
        int tilde = pid.indexOf('~');
        return tilde >= 0 ? pid.substring(tilde + 1) : pid;
    }
}
