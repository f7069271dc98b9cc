package cn.eldercare.timebank.account.control;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.timebank.readmodel.entity.MovementRow;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeAccountsTest {

    private static MovementRow movement(String kind, String counterparty) {
        return new MovementRow("me", "tx", 0, OffsetDateTime.now(), kind, 30, 30L, counterparty, null, null);
    }

    @Test
    void counterpartiesAreNamedWhereKnownAndLookedUpOnceEach() {
        Page<MovementRow> rows = new Page<>(List.of(movement("GIFT_IN", "m1"), movement("GIFT_OUT", "m1"), movement("DONATED", "@pool"),
                movement("EARNED", null)), 0, 20, 4);
        List<Set<String>> asked = new ArrayList<>();

        Page<TimeAccounts.Line> lines = TimeAccounts.named(rows, ids -> {
            asked.add(ids);
            return Map.of("m1", "王德福");
        });

        assertEquals(List.of(Set.of("m1", "@pool")), asked);
        assertEquals(List.of("王德福", "王德福"), lines.items().subList(0, 2).stream().map(TimeAccounts.Line::counterpartyName).toList());
        assertNull(lines.items().get(2).counterpartyName());
        assertNull(lines.items().get(3).counterpartyName());
        assertEquals(4, lines.total());
    }

    @Test
    void aPageWithoutCounterpartiesAsksNothing() {
        Page<MovementRow> rows = new Page<>(List.of(movement("EARNED", null)), 0, 20, 1);
        Page<TimeAccounts.Line> lines = TimeAccounts.named(rows, ids -> {
            throw new AssertionError("no lookup expected");
        });
        assertNull(lines.items().get(0).counterpartyName());
    }
}
