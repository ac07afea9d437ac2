using Icn.Domain.Events;
using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork.Tests;

/// <summary>Everything is placed in time relative to the reference date, in UTC, and in a sensible order.</summary>
public sealed class TimelineTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    private static DateTime Now => GeneratedNetworks.Now;

    [Fact]
    public void Change_times_are_utc_ordered_and_not_after_the_reference_date()
    {
        Assert.All(GeneratedNetworks.AllEntities(Network), e =>
        {
            Assert.Equal(DateTimeKind.Utc, e.CreatedAt.Kind);
            Assert.Equal(DateTimeKind.Utc, e.UpdatedAt.Kind);
            Assert.True(e.CreatedAt <= e.UpdatedAt);
            Assert.True(e.UpdatedAt <= Now);
            Assert.True(e.CreatedAt > Now.AddYears(-4));
            Assert.Equal(1, e.Version);
        });
    }

    [Fact]
    public void Opportunity_deadlines_lie_on_both_sides_of_the_reference_date()
    {
        var published = Network.Opportunities.Where(o => o.Status == OpportunityStatus.Published).ToList();

        Assert.Contains(published, o => o.Deadline < GeneratedNetworks.Today);
        Assert.Contains(published, o => o.Deadline > GeneratedNetworks.Today);
        Assert.Contains(Network.Opportunities, o => o.Deadline is null);
    }

    [Fact]
    public void Opportunities_were_published_over_the_last_eighteen_months()
    {
        var published = Network.Opportunities.Where(o => o.PublishedAt is not null).Select(o => o.PublishedAt!.Value).ToList();

        Assert.All(published, p => Assert.InRange(p, Now.AddMonths(-19), Now));
        Assert.Contains(published, p => p < Now.AddMonths(-12));
        Assert.Contains(published, p => p > Now.AddMonths(-1));
        Assert.All(Network.Opportunities.Where(o => o.ClosedAt is not null), o => Assert.True(o.ClosedAt <= Now));
    }

    [Fact]
    public void Events_lie_in_the_past_and_in_the_future()
    {
        Assert.True(Network.Events.Count(e => e.EndsAt < Now) >= 40);
        Assert.True(Network.Events.Count(e => e.StartsAt > Now) >= 30);
        Assert.Contains(Network.Events, e => e.Kind == EventKind.BoardMeeting && e.EndsAt < Now);
        Assert.Contains(Network.Events, e => e.Kind == EventKind.BoardMeeting && e.StartsAt > Now);
        Assert.All(Network.Events, e => Assert.True(e.CreatedAt < e.StartsAt && (e.CancelledAt ?? e.CreatedAt) <= Now));
    }

    [Fact]
    public void Attendance_is_recorded_for_past_events_that_took_place_and_only_for_them()
    {
        var held = Network.Events.Where(e => e.EndsAt < Now && e.CancelledAt is null).ToList();

        Assert.All(held.SelectMany(e => e.Registrations), r => Assert.NotNull(r.AttendedCount));
        Assert.All(Network.Events.Except(held).SelectMany(e => e.Registrations), r => Assert.Null(r.AttendedCount));
        Assert.All(held.SelectMany(e => e.Registrations.Select(r => (e, r))), p =>
            Assert.True(p.r.AttendanceRecordedAt > p.e.EndsAt && p.r.AttendanceRecordedAt <= Now && p.r.CreatedAt < p.e.StartsAt));
        Assert.Contains(Network.EventRegistrations, r => r.AttendedCount < r.Participants.Count);
    }

    [Fact]
    public void Some_fees_are_paid_and_some_are_overdue()
    {
        Assert.Contains(Network.FeeInvoices, i => i.PaidAt is not null);
        Assert.Contains(Network.FeeInvoices, i => i.PaidAt is null && i.DueOn < GeneratedNetworks.Today);
        Assert.All(Network.FeeInvoices, i => Assert.True(i.IssuedOn < GeneratedNetworks.Today && (i.PaidAt ?? Now) <= Now));
        Assert.All(Network.FeeInvoices.Where(i => i.PaidAt is not null), i => Assert.True(DateOnly.FromDateTime(i.PaidAt!.Value) >= i.IssuedOn));
    }

    [Fact]
    public void Membership_started_before_the_reference_date()
    {
        Assert.All(Network.Clusters.Where(c => c.Membership.Since is not null), c =>
            Assert.InRange(c.Membership.Since!.Value, new DateOnly(2010, 1, 1), GeneratedNetworks.Today));
    }
}
