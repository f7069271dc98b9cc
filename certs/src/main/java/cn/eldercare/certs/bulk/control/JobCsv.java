package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.platform.spreadsheet.Csv;

import java.util.List;
import java.util.function.Function;

/** The two tables of a job's ZIP, as CSV a spreadsheet opens directly. */
final class JobCsv {

    private JobCsv() {
    }

    static String manifest(List<Certificate> issued, Function<Certificate, String> file) {
        Csv csv = new Csv().row("证书编号", "版本", "姓名", "身份证号", "等级", "发证日期", "文件", "SHA-256");
        for (Certificate c : issued) {
            csv.row(c.getNumber(), String.valueOf(c.getVersion()), c.getPrinted().holderName(), c.getPrinted().idNumberMasked(),
                    c.getPrinted().levelName(), c.getPrinted().issuedOn().toString(), file.apply(c), c.getPdfSha256());
        }
        return csv.text();
    }

    static String failures(List<JobFailure> failures) {
        Csv csv = new Csv().row("报名编号", "姓名", "原因代码", "原因");
        for (JobFailure f : failures) {
            csv.row(String.valueOf(f.getEnrolmentId()), f.getHolderName(), f.getCode(), f.getReason().zh());
        }
        return csv.text();
    }
}
