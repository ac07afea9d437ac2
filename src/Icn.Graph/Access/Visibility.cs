using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Domain.Staff;
using Icn.Domain.Visibility;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// The rows a viewer may read: everything for network-wide staff; the public rows and their own
/// cluster's for an editor; the public rows for everyone else (website keys included).
/// </summary>
internal static class Visibility
{
    public static IQueryable<Cluster> VisibleTo(this IQueryable<Cluster> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows : EditorCluster(viewer) is { } own ? rows.WherePublicOrOf(own) : rows.WherePublic();

    public static IQueryable<Member> VisibleTo(this IQueryable<Member> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows : EditorCluster(viewer) is { } own ? rows.WherePublicOrOf(own) : rows.WherePublic();

    public static IQueryable<Opportunity> VisibleTo(this IQueryable<Opportunity> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows : EditorCluster(viewer) is { } own ? rows.WherePublicOrOf(own) : rows.WherePublic();

    public static IQueryable<NetworkEvent> VisibleTo(this IQueryable<NetworkEvent> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows : EditorCluster(viewer) is { } own ? rows.WherePublicOrOf(own) : rows.WherePublic();

    public static IQueryable<Article> VisibleTo(this IQueryable<Article> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows : EditorCluster(viewer) is { } own ? rows.WherePublicOrOf(own) : rows.WherePublic();

    /// <summary>A cluster's registrations: network-wide staff; an editor sees their own cluster's and those for the events it hosts (never a Board meeting's).</summary>
    public static IQueryable<EventRegistration> VisibleTo(this IQueryable<EventRegistration> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows
        : EditorCluster(viewer) is { } own ? rows.Where(r => (r.ClusterId == own || r.Event!.HostId == own) && r.Event!.Kind != EventKind.BoardMeeting)
        : rows.Where(_ => false);

    /// <summary>Fees are never public: network-wide staff see every invoice, an editor their own cluster's.</summary>
    public static IQueryable<FeeInvoice> VisibleTo(this IQueryable<FeeInvoice> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows
        : EditorCluster(viewer) is { } own ? rows.Where(i => i.ClusterId == own)
        : rows.Where(_ => false);

    /// <summary>Interests are for the posting cluster and the Secretariat (who facilitates the contact) only; not the Board.</summary>
    public static IQueryable<OpportunityInterest> VisibleTo(this IQueryable<OpportunityInterest> rows, Viewer viewer) =>
        viewer.ActsForEveryCluster ? rows
        : EditorCluster(viewer) is { } own ? rows.Where(i => i.Opportunity!.PostedById == own)
        : rows.Where(_ => false);

    /// <summary>An editor's cluster; website keys also carry a cluster, but read public data only.</summary>
    private static Guid? EditorCluster(Viewer viewer) =>
        viewer.IsInRole(StaffRoles.ClusterEditor) ? viewer.ClusterId : null;
}
