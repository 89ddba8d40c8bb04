package io.wavegrid.itests;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Import → store round trip in the real distribution on the persistence feature's embedded default (H2 under
 * the data folder): the three file formats through {@code wavegrid:data-import}, read back through the
 * {@code CandleStore} service; a broken file names its line and stores nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CandleImportIT extends CandleImportRoundTrip {

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Before
    public void install() throws Exception {
        installPersistence();
    }

    @Test
    public void everyFormatRoundTripsThroughH2() throws Exception {
        importsEveryFormatAndReadsItBack("h2");
    }

    @Test
    public void aBrokenFileStoresNothingInH2() throws Exception {
        brokenFileNamesItsLineAndStoresNothing("h2");
    }
}
