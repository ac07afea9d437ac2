using System.Globalization;
using Icn.Domain.Common;
using Icn.Domain.Membership;

namespace Icn.DemoNetwork;

/// <summary>
/// The annual fee invoices of the last few membership years. Most are paid; this year's are
/// sometimes overdue, and a suspended cluster owes the last two, which is why it is suspended.
/// </summary>
internal static class FeeInvoiceBuilder
{
    /// <summary>EUR 10,000 in cents: the fee the network currently charges.</summary>
    public const long AnnualFeeMinor = 1_000_000;

    private const int YearsShown = 4;
    private const int PaymentTermDays = 30;

    public static List<FeeInvoice> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters)
    {
        var invoices = new List<FeeInvoice>();
        var numbers = new Dictionary<int, int>();
        var thisYear = clock.Today.Year;
        foreach (var profile in clusters)
        {
            if (profile.Cluster.Membership.Since is not { } since)
            {
                continue;
            }

            // Former members stopped paying when they left, two years ago at the latest.
            var lastYear = profile.Status == MembershipStatus.Former ? thisYear - 2 : thisYear;
            for (var year = Math.Max(since.Year, thisYear - YearsShown + 1); year <= lastYear; year++)
            {
                // The first year's fee is invoiced on approval; later ones in mid-January.
                var issued = year == since.Year ? since.AddDays(random.Between(1, 10)) : new DateOnly(year, 1, 15);
                if (issued >= clock.Today)
                {
                    continue;
                }

                var invoice = new FeeInvoice
                {
                    ClusterId = profile.Cluster.Id,
                    Year = year,
                    Amount = new Money { AmountMinor = AnnualFeeMinor, Currency = "EUR" },
                    IssuedOn = issued,
                    DueOn = issued.AddDays(PaymentTermDays),
                };
                var issuedAt = ReferenceClock.AtUtc(issued, 8);
                if (IsPaid(random, clock, profile.Status, invoice))
                {
                    var latest = ReferenceClock.Min(ReferenceClock.AtUtc(invoice.DueOn.AddDays(20), 16), clock.Now);
                    var paidAt = ReferenceClock.Between(random, issuedAt.AddHours(26), latest);
                    numbers[year] = numbers.GetValueOrDefault(year) + 1;
                    invoice.RecordPayment(paidAt, string.Create(CultureInfo.InvariantCulture, $"ICN-{year}-{numbers[year]:D4}"), clock.Now);
                }

                invoice.Stamp(random, issuedAt, invoice.PaidAt ?? issuedAt);
                profile.Cluster.FeeInvoices.Add(invoice);
                invoices.Add(invoice);
            }
        }

        return invoices;
    }

    private static bool IsPaid(SeedRandom random, ReferenceClock clock, MembershipStatus status, FeeInvoice invoice)
    {
        var thisYear = clock.Today.Year;
        if (ReferenceClock.AtUtc(invoice.IssuedOn, 8).AddHours(26) >= clock.Now)
        {
            return false; // Nobody pays within a day of the invoice.
        }

        return status switch
        {
            MembershipStatus.Suspended => invoice.Year < thisYear - 1,
            MembershipStatus.Former => true,
            _ when invoice.Year < thisYear => true,
            _ when invoice.DueOn < clock.Today => random.Chance(0.8),
            _ => random.Chance(0.4), // Not due yet: the early payers.
        };
    }
}
