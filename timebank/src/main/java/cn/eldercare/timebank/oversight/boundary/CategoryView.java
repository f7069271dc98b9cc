package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.model.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service category of the catalogue. */
@Schema(description = "服务类别 / A service category")
public record CategoryView(@Schema(description = "代码 / Code") String code,
                           @Schema(description = "中文名称 / Name in Chinese") String nameZh,
                           @Schema(description = "英文名称 / Name in English") String nameEn,
                           @Schema(description = "折算比例（%），存入分钟 = 服务分钟 × 比例 / Weight: credited = served × weight / 100")
                           int weightPercent,
                           @Schema(description = "是否启用 / In use") boolean active) {

    static CategoryView of(Category c) {
        return new CategoryView(c.code(), c.nameZh(), c.nameEn(), c.weightPercent(), c.active());
    }
}
