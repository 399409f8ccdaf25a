package org.passerelle.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the home page.
 *
 * @param top how many items each block lists (the count covers all)
 * @param sessionDays how far ahead "my next sessions" looks, in days
 * @param callDays staff: calls closing within this many days
 * @param milestoneDays association members: milestones due within this many days (late ones always)
 */
@ConfigurationProperties("passerelle.dashboard")
public record DashboardProperties(
        @DefaultValue("3") int top,
        @DefaultValue("30") int sessionDays,
        @DefaultValue("14") int callDays,
        @DefaultValue("30") int milestoneDays) {}
