/**
 * Disclosure requests (依申请公开): applications for government information under the 2019 Regulations
 * on Open Government Information, from the citizen's form through every statutory step to the lawful
 * reply, with working-day deadlines and the table 三 statistics of the annual report.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disclosure requests",
        allowedDependencies = {"platform", "shared", "identity", "audit", "calendar"})
package cn.gongkai.disclosure;
