package io.wavegrid.engine.core.osgi;

import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * One instance per strategy profile factory configuration ({@code etc/io.wavegrid.strategy-<name>.cfg},
 * {@code config:edit --factory}, or Config Admin). {@code @Modified} hands every change to the engine,
 * which validates it and keeps the previous profile when the change is invalid.
 */
@Component(configurationPid = StrategyProfileComponent.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {})
public class StrategyProfileComponent {

    public static final String FACTORY_PID = "io.wavegrid.strategy";
    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    @Reference
    private ProfileConfigurator engine;
    private String name;

    @Activate
    void activate(Map<String, Object> config) {
        name = profileName(config);
        engine.configure(name, config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        engine.configure(name, config);
    }

    @Deactivate
    void deactivate() {
        engine.remove(name);
    }

    /**
     * The profile's name: the {@code name} property if set, else the part after the factory PID in the
     * configuration file's name or in the PID of a named factory configuration ({@code io.wavegrid.strategy~swing}).
     */
    static String profileName(Map<String, ?> config) {
        Object explicit = config.get("name");
        if (explicit != null && !explicit.toString().isBlank()) {
            return explicit.toString().trim();
        }
        Object file = config.get(FILE_PROPERTY);
        if (file != null) {
            String path = file.toString();
            String base = path.substring(path.lastIndexOf('/') + 1);
            String prefix = FACTORY_PID + "-";
            if (base.startsWith(prefix) && base.endsWith(".cfg")) {
                return base.substring(prefix.length(), base.length() - 4);
            }
        }
        String pid = String.valueOf(config.get(Constants.SERVICE_PID));
        int tilde = pid.indexOf('~');
        return tilde >= 0 ? pid.substring(tilde + 1) : pid;
    }
}
