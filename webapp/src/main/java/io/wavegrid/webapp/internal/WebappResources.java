package io.wavegrid.webapp.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the built single-page app, packaged in this bundle under {@value #BUNDLE_FOLDER}, at the
 * root of the default HTTP context. Servlets with longer patterns (such as the REST API under
 * {@code /api}) still win, as servlet path matching prefers the longest pattern.
 */
@Component(service = WebappResources.class)
@HttpWhiteboardResource(pattern = "/*", prefix = WebappResources.BUNDLE_FOLDER)
public class WebappResources {

    /** The bundle folder the Maven build copies the page into (property {@code webapp.bundle.folder}). */
    static final String BUNDLE_FOLDER = "/webapp";
}
