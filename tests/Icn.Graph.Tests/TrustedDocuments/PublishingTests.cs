using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Icn.Graph.Tests.TrustedDocuments;

/// <summary>Admins publish trusted documents; each is checked, stored once under its hash, and only admins may publish.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class PublishingTests(StaffApiFixture api)
{
    [Fact]
    public async Task A_published_document_is_stored_under_the_hash_of_its_text_and_publishing_it_again_changes_nothing()
    {
        var body = "query PublishTwice { regions { slug } }\n";
        var admin = await api.SignInAsync("admin@demo.icn");

        var first = await admin.PostAsync(Publish, new { input = new { documents = new[] { new { body, name = "regions.graphql" } } } });
        Assert.Equal([IdOf(body)], first.Succeeded("publishDocuments", "documentIds").AsArray().Select(id => id!.GetValue<string>()));
        var again = await admin.PostAsync(Publish, new { input = new { documents = new[] { new { body, name = "renamed.graphql" }, new { body, name = "twice in one call" } } } });
        Assert.Equal([IdOf(body), IdOf(body)], again.Succeeded("publishDocuments", "documentIds").AsArray().Select(id => id!.GetValue<string>()));

        await using var db = api.CreateDbContext();
        var stored = await db.TrustedDocuments.AsNoTracking().SingleAsync(d => d.Id == IdOf(body).Substring("sha256:".Length));
        Assert.Equal((body, "regions.graphql"), (stored.Body, stored.Name));
        Assert.NotNull(stored.CreatedById);
    }

    [Fact]
    public async Task Documents_that_do_not_parse_or_validate_are_user_errors_on_their_body_and_none_is_published()
    {
        var valid = "query AllOrNone { sectors { slug } }";
        var admin = await api.SignInAsync("admin@demo.icn");
        var response = await admin.PostAsync(Publish, new
        {
            input = new
            {
                documents = new[]
                {
                    new { body = valid, name = "fine" },
                    new { body = "query Broken { regions { slug }", name = "broken" },
                    new { body = "query Unknown { regions { noSuchField } }", name = "unknown field" },
                    new { body = "query Vars($first: Int!) { clusters(first: $first) { nodes { name } } }", name = "needs a variable, still valid" },
                },
            },
        });

        var payload = response.Payload("publishDocuments");
        Assert.Null(payload["documentIds"]);
        Assert.Equal(["input.documents.1.body", "input.documents.2.body"], response.ErrorPaths("publishDocuments"));
        var errors = payload["errors"]!.AsArray();
        Assert.All(errors, e => Assert.Equal(("ValidationError", "VALIDATION"), (e!["__typename"]!.GetValue<string>(), e["code"]!.GetValue<string>())));
        Assert.Contains("does not parse", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("noSuchField", errors[1]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        await using var db = api.CreateDbContext();
        Assert.False(await db.TrustedDocuments.AnyAsync(d => d.Id == IdOf(valid).Substring("sha256:".Length)));
    }

    [Fact]
    public async Task Documents_over_the_request_budgets_are_refused_at_publishing_as_their_text_would_be()
    {
        var doubling = Hardening.Workload.FragmentExpansionTests.Doubling(30, "__typename");
        var deep = "query Deep { " + string.Concat(Enumerable.Repeat("a { ", 200)) + new string('}', 201);
        var admin = await api.SignInAsync("admin@demo.icn");

        var response = await admin.PostAsync(Publish, new { input = new { documents = new[] { new { body = doubling, name = "doubling" }, new { body = deep, name = "deep" } } } });

        Assert.Equal(["input.documents.0.body", "input.documents.1.body"], response.ErrorPaths("publishDocuments"));
        var errors = response.Payload("publishDocuments")["errors"]!.AsArray();
        Assert.Contains("MaxFragmentSpreads", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("MaxSyntaxDepth", errors[1]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_publish_and_others_are_refused_before_execution()
    {
        var body = "query NotPublished { regions { name } }";
        var variables = new { input = new { documents = new[] { new { body } } } };

        var anonymous = await api.Anonymous.PostAsync(Publish, variables);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Null(anonymous.Data);
        var secretariat = await (await api.SignInAsync("secretariat@demo.icn")).PostAsync(Publish, variables);
        Assert.Equal((403, "FORBIDDEN"), (secretariat.Status, secretariat.FirstErrorCode));
        Assert.Null(secretariat.Data);

        await using var db = api.CreateDbContext();
        Assert.False(await db.TrustedDocuments.AnyAsync(d => d.Id == IdOf(body).Substring("sha256:".Length)));
    }
}
