using GraphQL;
using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary><c>applications</c> for the network's staff, and <c>applicationByToken</c>, the applicant's own view.</summary>
internal sealed class ApplicationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        // Whole rows (not the page projection): an application is read with its evidence, an owned collection.
        query.AddConnection<ApplicationType, Application>(
                "applications",
                $"Membership applications, oldest first by default. Needs {AccessPolicies.Describe(AccessPolicies.NetworkStaff)}.",
                ApplicationList.Definition,
                (db, _) => db.Applications.AsNoTracking(),
                a => a.Id)
            .AuthorizeWithPolicy(AccessPolicies.NetworkStaff);

        query.Field<ApplicationType>("applicationByToken")
            .Description("The application whose applicant holds this token (given once, by `submitApplication`); null for any other token. No account needed.")
            .Argument<NonNullGraphType<StringGraphType>>("token", "The applicant token.")
            .ResolveAsync(async context => await FindAsync(context, context.GetArgument<string>("token")));
    }

    /// <summary>A wrong token and an unknown one get the same answer, null, so the answer tells nothing about other applications.</summary>
    private static async Task<Application?> FindAsync(IResolveFieldContext context, string token)
    {
        if (ApplicantTokens.HashOf(token) is not { } hash)
        {
            return null;
        }

        var application = await context.QueryAsync((db, _, cancellationToken) =>
            db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.TokenHash == hash, cancellationToken));
        return application is not null && ApplicantTokens.Matches(hash, application.TokenHash) ? application : null;
    }
}
