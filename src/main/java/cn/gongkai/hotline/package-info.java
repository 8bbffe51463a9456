/**
 * The 12345 hotline (12345 政务服务便民热线): tickets (工单) taken in by the hotline centre, dispatched to a lead
 * department and its assisting departments, handled and replied to within the time limit of their type, rated by
 * the person who raised them, reopened once when they are not satisfied, and closed: the closed loop 受理 → 派单 →
 * 办理 → 答复 → 督办 → 办结 → 回访 → 评价 of 国办发〔2020〕53号 and GB/T 33358-2016. No national time limits exist, so
 * they are settings ({@link cn.gongkai.hotline.HotlineTimeLimits}); the rules of who may do what, and when, are in
 * the {@link cn.gongkai.hotline.HotlineTicket} aggregate, and its deadlines are derived from its timeline by
 * {@link cn.gongkai.hotline.HotlineClock}: the timeline is the truth, and the dates it gives are written beside each
 * ticket with every change only so that the staff's queues are answered by SQL. {@link
 * cn.gongkai.hotline.HotlineTickets} takes tickets in and applies every step, audited.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "12345 hotline",
        allowedDependencies = {"platform", "shared", "identity", "audit", "calendar"})
package cn.gongkai.hotline;
