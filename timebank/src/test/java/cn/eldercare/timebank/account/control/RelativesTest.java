package cn.eldercare.timebank.account.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativesTest {

    private static JsonObject relation(String relativeId, String kinship) {
        return Json.createObjectBuilder().add("memberId", "me").add("relativeId", relativeId).add("kinship", kinship).build();
    }

    @Test
    void relativesByNameWithTheirKinshipAndUnknownNamesLast() {
        JsonObject answer = Json.createObjectBuilder().add("member", Json.createObjectBuilder().add("memberId", "me"))
                .add("relatives", Json.createArrayBuilder().add(relation("elsewhere", "CHILD")).add(relation("m2", "PARENT"))
                        .add(relation("m1", "GRANDPARENT"))).build();
        Map<String, String> names = Map.of("m1", "王德福", "m2", "李秀兰");

        List<Relatives.Relative> relatives = Relatives.from(answer, names::get);

        assertEquals(List.of(new Relatives.Relative("m2", "李秀兰", "PARENT"), new Relatives.Relative("m1", "王德福", "GRANDPARENT"),
                new Relatives.Relative("elsewhere", null, "CHILD")), relatives);
    }

    @Test
    void noRelativesIsAnEmptyList() {
        JsonObject answer = Json.createObjectBuilder().add("relatives", Json.createArrayBuilder()).build();
        assertEquals(List.of(), Relatives.from(answer, id -> "x"));
    }
}
