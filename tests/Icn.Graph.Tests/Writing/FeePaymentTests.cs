using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>The Secretariat records fee payments, once per invoice; fee invoices are read by network staff and the cluster's own editor only.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class FeePaymentTests(StaffApiFixture api)
{
    private const string Record = """
        mutation($input: RecordFeePaymentInput!) {
          recordFeePayment(input: $input) { invoice { id year paidAt paymentReference amount { amountMinor currency } cluster { slug } version } errors { __typename code message path } }
        }
        """;

    private const string ReadInvoice = "query($id: ID!) { node(id: $id) { ... on FeeInvoice { year paidAt amount { amountMinor currency } } } }";

    [Fact]
    public async Task The_Secretariat_records_a_payment_by_invoice_or_by_cluster_and_year_and_only_once()
    {
        var scenario = await WritingScenario.PickAsync(api, 8);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var byId = await NewInvoiceAsync(scenario.ClusterId, 2031);
        await NewInvoiceAsync(scenario.ClusterId, 2032);
        var paidAt = DateTime.UtcNow.AddDays(-1);

        var paid = (await secretariat.PostAsync(Record, new { input = new { invoiceId = byId, paidAt = paidAt.ToString("O"), paymentReference = " SEPA-2031-001 " } }))
            .Succeeded("recordFeePayment", "invoice");
        Assert.Equal((2031, "SEPA-2031-001", 1_000_000, "EUR", scenario.Slug, 2), (paid["year"]!.GetValue<int>(), paid["paymentReference"]!.GetValue<string>(), paid["amount"]!["amountMinor"]!.GetValue<int>(), paid["amount"]!["currency"]!.GetValue<string>(), paid["cluster"]!["slug"]!.GetValue<string>(), paid["version"]!.GetValue<int>()));

        var twice = await secretariat.PostAsync(Record, new { input = new { invoiceId = byId, paidAt = paidAt.ToString("O"), paymentReference = "SEPA-again" } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.invoiceId"), twice.Failed("recordFeePayment"));

        var byYear = await secretariat.PostAsync(Record, new { input = new { clusterId = scenario.ClusterGlobalId, year = 2032, paidAt = paidAt.ToString("O"), paymentReference = "SEPA-2032" } });
        Assert.Equal(2032, byYear.Succeeded("recordFeePayment", "invoice")["year"]!.GetValue<int>());
        var byYearTwice = await secretariat.PostAsync(Record, new { input = new { clusterId = scenario.ClusterGlobalId, year = 2032, paidAt = paidAt.ToString("O"), paymentReference = "SEPA-2032" } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.clusterId"), byYearTwice.Failed("recordFeePayment"));

        await using var db = api.CreateDbContext();
        var key = GlobalId.TryDecode(byId, out var id) ? id.Key : Guid.Empty;
        var stored = await db.FeeInvoices.AsNoTracking().SingleAsync(i => i.Id == key);
        Assert.Equal(("SEPA-2031-001", 2), (stored.PaymentReference, stored.Version));
        Assert.Equal(paidAt, stored.PaidAt!.Value, TimeSpan.FromMilliseconds(1));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key && e.Action == "recordFeePayment").SingleAsync();
        Assert.Equal(("secretariat@demo.icn", "FeeInvoice"), (audit.ActorName, audit.EntityType));
        Assert.Contains("SEPA-2031-001", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_or_unknown_invoices_are_answered_on_their_fields_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, 8);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var invoice = await NewInvoiceAsync(scenario.OtherClusterId, 2031);
        var now = DateTime.UtcNow.ToString("O");

        Assert.Equal(["input.invoiceId"], (await secretariat.PostAsync(Record, new { input = new { paidAt = now, paymentReference = "r" } })).ErrorPaths("recordFeePayment"));
        Assert.Equal(["input.invoiceId"], (await secretariat.PostAsync(Record, new { input = new { invoiceId = invoice, year = 2031, paidAt = now, paymentReference = "r" } })).ErrorPaths("recordFeePayment"));
        Assert.Equal(["input.clusterId"], (await secretariat.PostAsync(Record, new { input = new { year = 2031, paidAt = now, paymentReference = "r" } })).ErrorPaths("recordFeePayment"));
        Assert.Equal(["input.invoiceId"], (await secretariat.PostAsync(Record, new { input = new { invoiceId = scenario.ClusterGlobalId, paidAt = now, paymentReference = "r" } })).ErrorPaths("recordFeePayment"));
        var future = await secretariat.PostAsync(Record, new { input = new { invoiceId = invoice, paidAt = DateTime.UtcNow.AddDays(2).ToString("O"), paymentReference = "  " } });
        Assert.Equal(["input.paidAt", "input.paymentReference"], future.ErrorPaths("recordFeePayment").Order(StringComparer.Ordinal));
        var unknown = await secretariat.PostAsync(Record, new { input = new { invoiceId = GlobalId.Encode("FeeInvoice", Guid.NewGuid()), paidAt = now, paymentReference = "r" } });
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.invoiceId"), unknown.Failed("recordFeePayment"));
        var noYear = await secretariat.PostAsync(Record, new { input = new { clusterId = scenario.OtherClusterGlobalId, year = 1999, paidAt = now, paymentReference = "r" } });
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.clusterId"), noYear.Failed("recordFeePayment"));

        await using var db = api.CreateDbContext();
        Assert.Null(await db.FeeInvoices.Where(i => i.ClusterId == scenario.OtherClusterId && i.Year == 2031).Select(i => i.PaidAt).SingleAsync());
    }

    [Fact]
    public async Task Only_the_Secretariat_records_payments_and_editors_read_only_their_own_clusters_invoices()
    {
        var scenario = await WritingScenario.PickAsync(api, 9);
        var own = await NewInvoiceAsync(scenario.ClusterId, 2031);
        var editor = await api.SignInAsync(scenario.Editor);
        var otherEditor = await api.SignInAsync(scenario.OtherEditor);
        var input = new { input = new { invoiceId = own, paidAt = DateTime.UtcNow.ToString("O"), paymentReference = "mine" } };

        // Not even the cluster's own editor, let alone another cluster's, may record a payment.
        foreach (var client in new[] { editor, otherEditor, await api.SignInAsync("board2@demo.icn") })
        {
            var refused = await client.PostAsync(Record, input);
            Assert.Equal((403, "FORBIDDEN"), (refused.Status, refused.FirstErrorCode));
            Assert.Null(refused.Data);
        }

        var anonymous = await api.Anonymous.PostAsync(Record, input);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));

        Assert.Equal(2031, (await editor.PostAsync(ReadInvoice, new { id = own })).Data!["node"]!["year"]!.GetValue<int>());
        Assert.Equal(2031, (await (await api.SignInAsync("board2@demo.icn")).PostAsync(ReadInvoice, new { id = own })).Data!["node"]!["year"]!.GetValue<int>());
        Assert.Null((await otherEditor.PostAsync(ReadInvoice, new { id = own })).Data!["node"]);
        Assert.Null((await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = own })).Data!["node"]);
        Assert.Equal(401, (await api.Anonymous.PostAsync(ReadInvoice, new { id = own })).Status);

        await using var db = api.CreateDbContext();
        var stored = await db.FeeInvoices.AsNoTracking().SingleAsync(i => i.ClusterId == scenario.ClusterId && i.Year == 2031);
        Assert.Equal(((DateTime?)null, 1), (stored.PaidAt, stored.Version));
    }

    /// <summary>An unpaid invoice for a year the demo network has none, as the membership workflow would issue it.</summary>
    private async Task<string> NewInvoiceAsync(Guid clusterId, int year)
    {
        await using var db = api.CreateDbContext();
        var invoice = new FeeInvoice
        {
            ClusterId = clusterId,
            Year = year,
            Amount = new() { AmountMinor = 1_000_000, Currency = "EUR" },
            IssuedOn = new DateOnly(year, 1, 15),
            DueOn = new DateOnly(year, 3, 15),
        };
        db.FeeInvoices.Add(invoice);
        await db.SaveChangesAsync();
        return GlobalId.Encode("FeeInvoice", invoice.Id);
    }
}
