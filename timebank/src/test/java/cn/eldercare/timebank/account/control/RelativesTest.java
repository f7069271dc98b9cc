package cn.eldercare.timebank.account.control;

import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.chaincode.model.Relation;
import cn.eldercare.chaincode.model.Results;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativesTest {

    private static Relation relation(String relativeId, Kinship kinship) {
        return new Relation("me", relativeId, kinship);
    }

    @Test
    void relativesByNameWithTheirKinshipAndUnknownNamesLast() {
        Results.MemberRelatives answer = new Results.MemberRelatives(null, List.of(relation("elsewhere", Kinship.CHILD),
                relation("m2", Kinship.PARENT), relation("m1", Kinship.GRANDPARENT)));
        Map<String, String> names = Map.of("m1", "王德福", "m2", "李秀兰");

        List<Relatives.Relative> relatives = Relatives.from(answer, names::get);

        assertEquals(List.of(new Relatives.Relative("m2", "李秀兰", "PARENT"), new Relatives.Relative("m1", "王德福", "GRANDPARENT"),
                new Relatives.Relative("elsewhere", null, "CHILD")), relatives);
    }

    @Test
    void noRelativesIsAnEmptyList() {
        assertEquals(List.of(), Relatives.from(new Results.MemberRelatives(null, List.of()), id -> "x"));
    }
}
