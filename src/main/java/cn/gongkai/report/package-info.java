/**
 * Annual reports (年度报告): the 法治政府建设年度报告 and the 政府信息公开工作年度报告 of every agency —
 * drafting, review and publication as immutable versions, import, the public archive, pages and search.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual reports",
        allowedDependencies = {"platform", "shared", "identity", "audit", "disclosure"})
package cn.gongkai.report;
