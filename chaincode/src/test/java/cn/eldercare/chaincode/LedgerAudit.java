package cn.eldercare.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hyperledger.fabric.shim.ledger.CompositeKey;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.eldercare.chaincode.sim.CommitOutcome;
import cn.eldercare.chaincode.state.Keys;

/**
 * Follows committed write sets and events independently of the contract's own queries, and
 * checks after each commit: no account or pool below zero, no service record credited twice,
 * and accounts plus pool equal everything earned and issued minus everything redeemed.
 */
final class LedgerAudit {

    private final Map<String, Long> balances = new HashMap<>();
    private final Map<String, Long> poolRows = new HashMap<>();
    private final Map<String, Long> flows = new HashMap<>();
    private final Set<String> creditedRecords = new HashSet<>();

    void afterCommit(final CommitOutcome outcome) {
        outcome.result().readWriteSet().writes().forEach(this::apply);
        if (outcome.result().event() != null) {
            final JsonObject event = JsonParser.parseString(
                    outcome.result().event().getPayload().toString(StandardCharsets.UTF_8)).getAsJsonObject();
            final Set<String> creditedNow = new HashSet<>();
            for (final JsonElement m : event.getAsJsonArray("movements")) {
                final String kind = m.getAsJsonObject().get("kind").getAsString();
                if (kind.equals("EARNED") || kind.equals("OVERFLOW")) {
                    creditedNow.add(m.getAsJsonObject().get("recordId").getAsString());
                }
            }
            creditedNow.forEach(r -> assertTrue(creditedRecords.add(r), "record " + r + " credited twice"));
        }
        balances.forEach((member, balance) -> assertTrue(balance >= 0, member + " went negative: " + balance));
        assertTrue(pool() >= 0, "pool went negative");
        assertEquals(flow("EARNED") + flow("ISSUED") - flow("REDEEMED"), accounts() + pool(),
                "accounts plus pool must equal earned plus issued minus redeemed");
    }

    private void apply(final String key, final byte[] value) {
        final CompositeKey parsed = CompositeKey.parseCompositeKey(key);
        final String type = parsed.getObjectType();
        if (type.equals(Keys.ACCOUNT)) {
            balances.put(parsed.getAttributes().get(0), minutes(value, "balance"));
        } else if (type.equals(Keys.POOL_DELTA)) {
            if (value == null) {
                poolRows.remove(key);
            } else {
                poolRows.put(key, minutes(value, "minutes"));
            }
        } else if (type.equals(Keys.AGGREGATE)) {
            flows.merge(parsed.getAttributes().get(0), minutes(value, "minutes"), Long::sum);
        }
    }

    private static long minutes(final byte[] json, final String field) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject().get(field)
                .getAsLong();
    }

    long flow(final String kind) {
        return flows.getOrDefault(kind, 0L);
    }

    long accounts() {
        return balances.values().stream().mapToLong(Long::longValue).sum();
    }

    long pool() {
        return poolRows.values().stream().mapToLong(Long::longValue).sum();
    }

    int creditedRecords() {
        return creditedRecords.size();
    }
}
