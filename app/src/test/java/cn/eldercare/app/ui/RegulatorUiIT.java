package cn.eldercare.app.ui;

import org.junit.jupiter.api.Test;

/** The regulator's dashboard: three charts with their tables, and the Excel download. */
class RegulatorUiIT {

    @Test
    void dashboardShowsChartsAndDownloadsExcel() {
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("regulator");
            b.waitText("h1", "监管看板");
            b.find("canvas#ratio");
            b.find("canvas#monthly");
            b.find("canvas#hours");
            b.waitText("#view", "合计 / total");
            // regions by name, not by code
            b.waitText("#view", "郑州市金水区");
            b.assertAccessible("regulator dashboard");
            b.click("[data-xlsx='certificate-statistics/staff']");
            b.waitText("#toast", "已下载");
            b.script("document.getElementById('toast').textContent = ''");
            b.click("[data-xlsx='timebank/statistics']");
            b.waitText("#toast", "已下载");
            b.english(true);
            b.waitText("#view", "Jinshui, Zhengzhou");
        }
    }
}
