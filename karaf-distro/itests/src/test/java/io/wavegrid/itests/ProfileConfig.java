package io.wavegrid.itests;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The Config Admin configuration behind the distribution's "default" strategy profile. */
final class ProfileConfig {

    private ProfileConfig() {
    }

    static Configuration defaultProfile(ConfigurationAdmin admin) throws Exception {
        Configuration[] all = admin.listConfigurations("(service.factoryPid=io.wavegrid.strategy)");
        if (all != null) {
            for (Configuration c : all) {
                Object file = c.getProperties().get("felix.fileinstall.filename");
                if (file != null && file.toString().endsWith("io.wavegrid.strategy-default.cfg")) {
                    return c;
                }
            }
        }
        throw new AssertionError("the distribution's etc/io.wavegrid.strategy-default.cfg is not in Config Admin");
    }

    static Dictionary<String, Object> with(Dictionary<String, Object> base, String key, Object value) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = base.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            copy.put(k, base.get(k));
        }
        copy.put(key, value);
        return copy;
    }
}
