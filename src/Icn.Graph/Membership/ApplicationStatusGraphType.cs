using Icn.Domain.Membership;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Membership;

internal sealed class ApplicationStatusGraphType : DescribedEnumGraphType<ApplicationStatus>
{
    public ApplicationStatusGraphType()
        : base("Where a membership application stands; the membership-application workflow moves it.", new Dictionary<ApplicationStatus, string>
        {
            [ApplicationStatus.Submitted] = "Recorded; the Secretariat has a task to screen it.",
            [ApplicationStatus.Screening] = "The Secretariat is checking it against the criteria.",
            [ApplicationStatus.InformationRequested] = "The Secretariat asked the applicant for more information; it waits for their answer.",
            [ApplicationStatus.WithBoard] = "Presented to the Board, which decides on it.",
            [ApplicationStatus.Approved] = "The Board approved it: the cluster is a member.",
            [ApplicationStatus.Rejected] = "The Board rejected it; `decisionReason` says why.",
            [ApplicationStatus.Withdrawn] = "Withdrawn by the applicant.",
        })
    {
        Name = "ApplicationStatus";
    }
}
