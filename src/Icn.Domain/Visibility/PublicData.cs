using System.Linq.Expressions;
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
/// lookup by id and search starts from these filters, so one rule holds everywhere. A cluster's
/// editor also reads their own cluster's rows (its drafts, its Board-free events).
/// </summary>
public static class PublicData
{
    private static readonly Expression<Func<Cluster, bool>> PublicCluster =
        c => c.Membership.Status == MembershipStatus.Member || c.Membership.Status == MembershipStatus.Suspended;

    private static readonly Expression<Func<Member, bool>> PublicMember =
        m => m.Cluster!.Membership.Status == MembershipStatus.Member || m.Cluster.Membership.Status == MembershipStatus.Suspended;

    private static readonly Expression<Func<Opportunity, bool>> PublicOpportunity =
        o => o.Status != OpportunityStatus.Draft
            && (o.PostedBy!.Membership.Status == MembershipStatus.Member || o.PostedBy.Membership.Status == MembershipStatus.Suspended);

    private static readonly Expression<Func<NetworkEvent, bool>> PublicEvent =
        e => e.Kind != EventKind.BoardMeeting
            && (e.Host!.Membership.Status == MembershipStatus.Member || e.Host.Membership.Status == MembershipStatus.Suspended);

    private static readonly Expression<Func<Article, bool>> PublicArticle =
        a => a.Status == ArticleStatus.Published
            && (a.Author!.Membership.Status == MembershipStatus.Member || a.Author.Membership.Status == MembershipStatus.Suspended);

    public static IQueryable<Cluster> WherePublic(this IQueryable<Cluster> clusters) => clusters.Where(PublicCluster);

    public static IQueryable<Member> WherePublic(this IQueryable<Member> members) => members.Where(PublicMember);

    public static IQueryable<Opportunity> WherePublic(this IQueryable<Opportunity> opportunities) => opportunities.Where(PublicOpportunity);

    public static IQueryable<NetworkEvent> WherePublic(this IQueryable<NetworkEvent> events) => events.Where(PublicEvent);

    public static IQueryable<Article> WherePublic(this IQueryable<Article> articles) => articles.Where(PublicArticle);

    public static IQueryable<Cluster> WherePublicOrOf(this IQueryable<Cluster> clusters, Guid clusterId) =>
        clusters.Where(PublicCluster.OrElse(c => c.Id == clusterId));

    public static IQueryable<Member> WherePublicOrOf(this IQueryable<Member> members, Guid clusterId) =>
        members.Where(PublicMember.OrElse(m => m.ClusterId == clusterId));

    public static IQueryable<Opportunity> WherePublicOrOf(this IQueryable<Opportunity> opportunities, Guid clusterId) =>
        opportunities.Where(PublicOpportunity.OrElse(o => o.PostedById == clusterId));

    public static IQueryable<NetworkEvent> WherePublicOrOf(this IQueryable<NetworkEvent> events, Guid clusterId) =>
        events.Where(PublicEvent.OrElse(e => e.HostId == clusterId && e.Kind != EventKind.BoardMeeting));

    public static IQueryable<Article> WherePublicOrOf(this IQueryable<Article> articles, Guid clusterId) =>
        articles.Where(PublicArticle.OrElse(a => a.AuthorId == clusterId));
}
