/**
 * Annual reports (年度报告): the 法治政府建设年度报告 and the 政府信息公开工作年度报告 of every agency —
 * drafting, review and publication as immutable versions, import, the public archive, pages and search. Its API is
 * the {@link cn.gongkai.report.AnnualReport} aggregate with its events and the services beside it; storage, text
 * import, rendering and search live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual reports",
        allowedDependencies = {"platform", "shared", "identity", "audit", "disclosure"})
package cn.gongkai.report;
