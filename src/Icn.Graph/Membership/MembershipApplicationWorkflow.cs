using System.Text.Json.Nodes;
using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Membership;

/// <summary>
/// The contract with the <c>membership-application</c> workflow: what it is started with at
/// submission, and the signal that wakes it when the applicant answers the Secretariat.
/// The definition reads these names; change them only together with it.
/// </summary>
internal static class MembershipApplicationWorkflow
{
    public const string DefinitionId = "membership-application";

    /// <summary>Sent with the application's id (default Guid format) as correlation and <c>{ "response": ... }</c>.</summary>
    public const string InformationProvided = "information-provided";

    public static string SubjectOf(Application application) => SubjectOf(application.Id);

    /// <summary>The instances' subject: the application's global id.</summary>
    public static string SubjectOf(Guid applicationId) => GlobalId.Encode("Application", applicationId);

    /// <summary>
    /// The instance's input: keys, never the applicant's contact details. The definition mails the
    /// applicant as <c>applicant:&lt;applicationId&gt;</c>, read from the application when the mail is
    /// written, so an erased address has no copy left in the workflow to be mailed from.
    /// </summary>
    public static JsonObject Input(Application application, Cluster cluster) => new()
    {
        ["applicationId"] = application.Id.ToString(),
        ["application"] = SubjectOf(application),
        ["cluster"] = GlobalId.Encode("Cluster", cluster.Id),
        ["clusterName"] = cluster.Name,
    };

    public static string CorrelationOf(Application application) => application.Id.ToString();
}
