package io.wavegrid.webapp.internal;

import org.ops4j.pax.web.service.whiteboard.WelcomeFileMapping;
import org.osgi.service.component.annotations.Component;

/**
 * Makes {@code /} answer with {@code index.html}. The OSGi HTTP Whiteboard has no notion of welcome
 * files, and Pax Web's resource servlet serves none unless one is registered for the context.
 */
@Component
public class WebappWelcomeFile implements WelcomeFileMapping {

    private static final String[] WELCOME_FILES = {"index.html"};

    /** Null selects Pax Web's default context, the one {@link WebappResources} is registered in. */
    @Override
    public String getContextSelectFilter() {
        return null;
    }

    @Override
    public String getContextId() {
        return null;
    }

    /** Forward, not redirect: the address bar keeps {@code /}. */
    @Override
    public boolean isRedirect() {
        return false;
    }

    @Override
    public String[] getWelcomeFiles() {
        return WELCOME_FILES.clone();
    }
}
