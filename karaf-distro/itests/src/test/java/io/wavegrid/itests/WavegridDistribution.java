package io.wavegrid.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/**
 * How every integration test boots the real distribution: from the archive the build just made (Pax Exam's
 * mvn: links only see the local repository), on free ports so parallel runs never collide, with the
 * module flags bin/karaf passes on JDK 17.
 */
public final class WavegridDistribution {

    static final int HTTP_PORT = freePort();

    private WavegridDistribution() {
    }

    /**
     * The distribution with its default market feed switched off, for tests that count every candle the
     * kernel processes.
     */
    public static Option[] options() {
        return org.ops4j.pax.exam.OptionUtils.combine(withDefaultFeed(),
                editConfigurationFilePut("etc/io.wavegrid.engine.feed.cfg", "symbols", ""));
    }

    /** The distribution as shipped, following its default (synthetic) market. */
    public static Option[] withDefaultFeed() {
        File archive = new File(System.getProperty("wavegrid.distribution", "../distribution/target/wavegrid.tar.gz"));
        if (!archive.isFile()) {
            throw new IllegalStateException("distribution archive " + archive + " is missing: build karaf-distro/distribution first");
        }
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(archive.toURI().toString()).name("Wavegrid")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevelOption.LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            systemProperty("wavegrid.itest.httpPort").value(Integer.toString(HTTP_PORT)),
            // BootFinished comes after the whole boot (the database unit included): Pax Exam's 10 s default for
            // injected services is too short for that on a loaded two-core machine.
            systemProperty("pax.exam.service.timeout").value("120000"),
            systemProperty("wavegrid.version").value(System.getProperty("wavegrid.version", "0.1.0-SNAPSHOT")),
            vmOptions(
                    "--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                    "--add-opens", "java.base/java.security=ALL-UNNAMED",
                    "--add-opens", "java.base/java.net=ALL-UNNAMED",
                    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens", "java.base/java.util=ALL-UNNAMED",
                    "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                    "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                    "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                    "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED")
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
