using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;

namespace Icn.Domain.Visibility;

/// <summary>
/// What an anonymous caller or a website key may read (DOMAIN.md): clusters whose membership is
/// MEMBER or SUSPENDED with their members, published (and since closed) opportunities, published
/// articles, and events other than Board meetings — always of a public cluster. Every list, count,
/// lookup by id and search starts from these filters, so one rule holds everywhere.
/// </summary>
public static class PublicData
{
    public static IQueryable<Cluster> WherePublic(this IQueryable<Cluster> clusters) =>
        clusters.Where(c => c.Membership.Status == MembershipStatus.Member || c.Membership.Status == MembershipStatus.Suspended);

    public static IQueryable<Member> WherePublic(this IQueryable<Member> members) =>
        members.Where(m => m.Cluster!.Membership.Status == MembershipStatus.Member || m.Cluster.Membership.Status == MembershipStatus.Suspended);

    public static IQueryable<Opportunity> WherePublic(this IQueryable<Opportunity> opportunities) =>
        opportunities.Where(o => o.Status != OpportunityStatus.Draft
            && (o.PostedBy!.Membership.Status == MembershipStatus.Member || o.PostedBy.Membership.Status == MembershipStatus.Suspended));

    public static IQueryable<NetworkEvent> WherePublic(this IQueryable<NetworkEvent> events) =>
        events.Where(e => e.Kind != EventKind.BoardMeeting
            && (e.Host!.Membership.Status == MembershipStatus.Member || e.Host.Membership.Status == MembershipStatus.Suspended));

    public static IQueryable<Article> WherePublic(this IQueryable<Article> articles) =>
        articles.Where(a => a.Status == ArticleStatus.Published
            && (a.Author!.Membership.Status == MembershipStatus.Member || a.Author.Membership.Status == MembershipStatus.Suspended));
}
