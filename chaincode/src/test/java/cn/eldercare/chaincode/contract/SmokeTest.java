package cn.eldercare.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.TimeBankFixture;

class SmokeTest {

    @Test
    void serviceIsCreditedAfterConfirmation() {
        final TimeBankFixture bank = TimeBankFixture.initialised();
        bank.registerVolunteer("vol-000001", 1960);
        bank.registerRecipient("rec-000001", 1940, null);
        final String record = bank.submitService("vol-000001", "rec-000001", "MEAL", bank.now().minusSeconds(3600), 45);
        bank.advance(Duration.ofMinutes(5));
        bank.confirm(record, "rec-000001", 5);
        assertEquals(45, bank.balance("vol-000001"));
    }
}
