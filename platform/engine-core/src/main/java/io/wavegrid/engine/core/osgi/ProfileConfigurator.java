package io.wavegrid.engine.core.osgi;

import java.util.Map;

import io.wavegrid.engine.api.ProfileStatus;

/** Private service through which each profile's configuration component reaches the engine. */
public interface ProfileConfigurator {

    ProfileStatus configure(String profile, Map<String, ?> config);

    void remove(String profile);
}
