package cn.gongkai.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every instance; each job makes itself safe to run several times at once (an advisory lock
 * in PostgreSQL and idempotent writes), so no instance is special.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfiguration {}
