using Icn.Graph.Membership.Retention;
using Icn.Graph.Staff.SignIn;
using Icn.Graph.Hosting;
using Icn.Graph.Engine.Http;
using Icn.GraphQL.Http;
using Icn.GraphQL.Limits;
using Icn.Graph.Obligations;
using Icn.Graph.Outbox;
using Icn.Graph.RateLimiting;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Workflows.Hosting;
using Icn.Workflows;

if (args is ["print-schema", ..])
{
    Console.Out.Write(SchemaPrinting.Print());
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIcnDatabase(builder.Configuration);
builder.Services.AddIcnGraphQL(builder.Configuration);
builder.Services.AddIcnObligations();
builder.Services.AddRequestBodyLimit();
builder.Services.AddIcnHealthChecks(builder.Configuration);
builder.Services.AddIcnAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddIcnRateLimiting(builder.Configuration);
builder.Services.AddIcnWorkflows(builder.Configuration);
builder.Services.AddHostedService<WorkflowTimerWorker>();
builder.Services.AddIcnOutbox(builder.Configuration);
builder.Services.AddIcnApplicantContactRetention(builder.Configuration);

var app = builder.Build();
app.UseTrustedForwardedHeaders();
app.UseIcnExceptionHandler();
app.UseGraphiQL();
app.UseMiddleware<AddressFloodGuard>();
app.UseAuthentication();
app.UseMiddleware<WebsiteCorsMiddleware>();
app.UseRateLimiter();
app.UseRequestBodyLimit();
app.MapAuthEndpoints();
app.MapGraphQLHttp();
app.MapIcnHealthChecks();

await app.InitializeDatabaseAsync();
await app.PublishShippedWorkflowsAsync();
await app.InitializeStaffAccountsAsync();
await app.SeedDemoApplicationsAsync();
await app.RunAsync();

/// <summary>The host's entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
