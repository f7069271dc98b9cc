package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.model.Relation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What {@code relativeId} is to {@code memberId}; a relation is recorded both ways. */
@Schema(description = "直系亲属关系：relativeId 是 memberId 的何种亲属 / What relativeId is to memberId")
public record RelationView(@Schema(description = "成员 / Member") String memberId,
                           @Schema(description = "亲属 / Relative") String relativeId,
                           @Schema(description = "PARENT, GRANDPARENT, CHILD, GRANDCHILD") String kinship) {

    static List<RelationView> of(List<Relation> relations) {
        return relations.stream().map(r -> new RelationView(r.memberId(), r.relativeId(), r.kinship().name())).toList();
    }
}
