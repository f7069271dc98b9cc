package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.ledger.control.LedgerHolder;
import cn.eldercare.timebank.ledger.control.RequestIds;
import cn.eldercare.timebank.ledger.control.Signers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The service catalogue kept on the ledger: everyone reads it, the regulator changes it. */
@Path("timebank/catalogue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public record CategoryInput(@NotBlank @Size(max = 50) String nameZh, @NotBlank @Size(max = 100) String nameEn,
                                @NotNull @Min(1) @Max(1000) Integer weightPercent, @NotNull Boolean active,
                                @Size(max = 64) String requestId) {
    }

    @Inject
    LedgerHolder ledger;
    @Inject
    Signers signers;

    @Operation(summary = "服务类别目录 / Service catalogue",
            description = "时间银行可登记的服务类别（中英文名称、折算比例、是否启用）。"
                    + "\n\nThe time bank's service categories (names in Chinese and English, weight in percent, whether in use).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    public List<CategoryView> list(@Context SecurityContext security) {
        return ledger.get().evaluate(signers.regulator("catalogue-reader"), Transactions.LIST_CATEGORIES).stream()
                .map(CategoryView::of).toList();
    }

    @Operation(summary = "设置服务类别 / Set a service category",
            description = "监管部门新增或修改一个服务类别（中英文名称、折算比例、是否启用），写入账本。"
                    + "\n\nThe regulator adds or changes a service category (names, weight in percent, whether in use); written to "
                    + "the ledger.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.REGULATOR)
    public CategoryView put(@PathParam("code") @Pattern(regexp = "[A-Z_]{2,32}") String code, @NotNull @Valid CategoryInput in,
                            @Context SecurityContext security) {
        var request = new Requests.PutCategory(RequestIds.orNew(in.requestId()), code, in.nameZh(), in.nameEn(), in.weightPercent(),
                in.active());
        return CategoryView.of(ledger.get().submit(signers.regulator(Callers.of(security).username()), Transactions.PUT_CATEGORY, request));
    }
}
