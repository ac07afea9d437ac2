using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Obligations;

/// <summary>"Today" comes from the registered TimeProvider: moving it makes the year's obligations fall due. An API of its own, since the clock only goes forward.</summary>
public sealed class ObligationDueDayTests(ObligationApiFixture api) : IClassFixture<ObligationApiFixture>
{
    private static readonly string[] YearlyKinds = ["EVENT_PARTICIPATION", "NETWORKING", "KNOWLEDGE", "BENCHMARK"];

    [Fact]
    public async Task The_yearly_obligations_are_on_time_through_their_due_day_and_late_the_day_after()
    {
        var idle = ObligationApiFixture.ClusterId(api.Scenario.Idle);

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.Zero));
        var onDueDay = (await (await api.SignInAsync("secretariat@demo.icn")).RowsAsync(2026, idle)).ByKind();
        api.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 1, 0, TimeSpan.Zero));
        var dayAfter = (await (await api.SignInAsync("secretariat@demo.icn")).RowsAsync(2026, idle)).ByKind();
        var nextYear = await (await api.SignInAsync("secretariat@demo.icn")).AskAsync(2028);

        Assert.All(YearlyKinds, kind => Assert.Equal(("2026-12-31", false), (onDueDay[kind].Due(), onDueDay[kind].Late())));
        Assert.All(YearlyKinds, kind => Assert.Equal(("2026-12-31", true), (dayAfter[kind].Due(), dayAfter[kind].Late())));
        // "Next year" moved with the clock: 2028 is now a year that may be asked about.
        Assert.Empty(nextYear.Errors);
    }
}
