package cn.eldercare.timebank.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class FabricSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "fabric.peer.endpoint", "127.0.0.1:7051",
            "fabric.peer.tls.cert", "/etc/timebank/peer-tls-ca.pem",
            "fabric.wallet.dir", "/var/lib/timebank/wallet"));

    private FabricSettings read() {
        final Config config = mock(Config.class);
        when(config.getOptionalValue(anyString(), eq(String.class)))
                .thenAnswer(call -> Optional.ofNullable(values.get(call.<String>getArgument(0))));
        return FabricSettings.fromConfig(config);
    }

    @Test
    void defaultsForEverythingButWhereThePeerAndTheWalletAre() {
        assertEquals(new FabricSettings("127.0.0.1:7051", Path.of("/etc/timebank/peer-tls-ca.pem"), null, "eldercare",
                "timebank", Path.of("/var/lib/timebank/wallet"), "RegulatorMSP", 5, Duration.ofMillis(100),
                Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(2)), read());
    }

    @Test
    void blocksAreReadAsTheRegulatorsOrganisationUnlessToldOtherwise() {
        values.put("timebank.msp.regulator", "CivilAffairsMSP");
        assertEquals("CivilAffairsMSP", read().listenerMsp());
    }

    @Test
    void readsEverySetting() {
        values.putAll(Map.of("fabric.peer.host.alias", "peer0.civilaffairs.timebank.local",
                "fabric.channel", "eldercare", "fabric.chaincode", "timebank2",
                "fabric.listener.msp", "StationOperatorMSP",
                "fabric.submit.attempts", "8", "fabric.retry.backoff.ms", "50",
                "fabric.request.timeout.ms", "3000", "fabric.commit.timeout.ms", "90000",
                "fabric.events.reconnect.ms", "500"));
        assertEquals(new FabricSettings("127.0.0.1:7051", Path.of("/etc/timebank/peer-tls-ca.pem"),
                "peer0.civilaffairs.timebank.local", "eldercare", "timebank2", Path.of("/var/lib/timebank/wallet"),
                "StationOperatorMSP", 8, Duration.ofMillis(50), Duration.ofSeconds(3), Duration.ofSeconds(90),
                Duration.ofMillis(500)), read());
    }

    @Test
    void aBlankValueCountsAsUnset() {
        values.put("fabric.peer.host.alias", "  ");
        assertNull(read().peerHostAlias());
    }

    @Test
    void aMissingRequiredSettingIsNamedWithItsEnvironmentVariable() {
        values.remove("fabric.wallet.dir");
        assertEquals("the Fabric ledger needs fabric.wallet.dir (environment variable FABRIC_WALLET_DIR)",
                assertThrows(IllegalStateException.class, this::read).getMessage());
    }

    @Test
    void aNumberThatIsNoneIsNamed() {
        values.put("fabric.submit.attempts", "many");
        assertEquals("fabric.submit.attempts must be a whole number, is \"many\"",
                assertThrows(IllegalStateException.class, this::read).getMessage());
    }

    @Test
    void atLeastOneAttempt() {
        values.put("fabric.submit.attempts", "0");
        assertThrows(IllegalArgumentException.class, this::read);
    }
}
