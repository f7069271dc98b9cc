package cn.eldercare.certs.verification.boundary;

import cn.eldercare.certs.certificate.control.CertificateNumbers;
import cn.eldercare.certs.certificate.control.VerificationCodes;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.verification.control.DocumentCheck;
import cn.eldercare.certs.verification.control.PublicLookup;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Public verification, no sign-in: by number and holder's name, by the code in the QR code, or by
 * uploading the PDF. An unknown certificate is 404, so the answer for a wrong name and for a number
 * never issued is the same and reveals nothing.
 */
@Path("verification")
@ApplicationScoped
@PermitAll
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    /** Certificates are under 100 KB; anything much larger is not one. */
    static final int MAX_UPLOAD = 2 * 1024 * 1024;

    public record DocumentVerdict(boolean genuine, boolean current, String signer, Instant signedAt, VerificationView certificate) {
    }

    @Inject
    PublicLookup lookup;
    @Inject
    DocumentCheck check;

    @Operation(summary = "按编号和姓名查验证书 / Verify by number and name",
            description = "无需登录：按证书编号和持证人姓名查验证书真伪与状态，只返回证书上印有的信息（姓名部分遮挡）。"
                    + "每个地址每分钟有次数上限，超过为 429。"
                    + "\n\nWithout signing in: checks a certificate by its number and the holder's name and answers its state and "
                    + "what is printed on it (the name partly masked). Limited per client address and minute; beyond it 429.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @GET
    public VerificationView byNumber(@QueryParam("number") String number, @QueryParam("name") String name) {
        List<FieldMessage> errors = new ArrayList<>();
        Optional<String> n = CertificateNumbers.normalize(number);
        if (n.isEmpty()) {
            errors.add(new FieldMessage("number", Text.of("证书编号应为22位：1位字母加21位数字", "must be 22 characters: a letter and 21 digits")));
        }
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            errors.add(new FieldMessage("name", Text.of("请填写持证人姓名（不超过50字）", "the holder's name is required (at most 50 characters)")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return view(lookup.byNumber(n.get(), name).orElseThrow(VerificationResource::unknown));
    }

    @Operation(summary = "按二维码查验证书 / Verify by QR code",
            description = "无需登录：证书二维码的落地页用它查验证书。每个地址每分钟有次数上限，超过为 429。"
                    + "\n\nWithout signing in: the landing page of a certificate's QR code checks the certificate with it. Limited "
                    + "per client address and minute; beyond it 429.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @GET
    @Path("codes/{code}")
    public VerificationView byCode(@PathParam("code") String code) {
        String c = VerificationCodes.normalize(code).orElseThrow(() -> DomainException.invalid("code", Text.of(
                "验证码应为20位字母或数字", "must be 20 letters or digits (hyphens allowed)")));
        return view(lookup.byCode(c).orElseThrow(VerificationResource::unknown));
    }

    @Operation(summary = "上传 PDF 查验证书 / Verify an uploaded PDF",
            description = "无需登录：上传电子证书 PDF（application/pdf，最大 2 MB），"
                    + "检查签名是否完整、是否由监管根证书签发，以及证书当前状态。不是本平台的证书时为 422。"
                    + "每个地址每分钟有次数上限。"
                    + "\n\nWithout signing in: upload a certificate PDF (application/pdf, at most 2 MB) to check that its signature "
                    + "is intact and chains to the regulator's CA, and the certificate's current state. 422 when it is not a "
                    + "certificate of this platform. Limited per client address and minute.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("documents")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public DocumentVerdict document(InputStream body) throws IOException {
        byte[] file = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD + 1);
        if (file.length > MAX_UPLOAD) {
            // read the rest (the platform caps bodies at 10 MB) so the client gets the answer, not a reset connection
            body.transferTo(OutputStream.nullOutputStream());
            throw new DomainException(413, "TOO_LARGE", Text.of("文件超过 2 MB，不是本平台的电子证书",
                    "The file exceeds 2 MB; no certificate issued here is that large"), List.of());
        }
        if (file.length == 0) {
            throw DomainException.invalid("file", Text.of("文件为空", "is empty"));
        }
        DocumentCheck.Genuine g = check.check(file);
        VerificationView v = view(g.certificate());
        return new DocumentVerdict(true, v.result() == CertificateStatus.VALID, g.signature().signer(), g.signature().signedAt(), v);
    }

    private VerificationView view(Certificate c) {
        return VerificationView.of(c, lookup.latest(c.getNumber()).map(Certificate::getVersion).orElse(c.getVersion()));
    }

    private static DomainException unknown() {
        return new DomainException(404, "UNKNOWN_CERTIFICATE", Text.of("未查到该证书，请核对证书编号和持证人姓名",
                "No such certificate; check the number and the holder's name"), List.of());
    }
}
