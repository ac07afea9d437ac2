using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.Domain.Opportunities;

/// <summary>
/// A business opportunity one cluster shares with the network: drafted, published to the network,
/// closed. Its life's rules are its methods; nothing else sets its status.
/// </summary>
public sealed class Opportunity : Entity
{
    public const int TitleLength = 200;
    public const int SummaryLength = 500;
    public const int BodyLength = 50_000;

    public Guid PostedById { get; set; }

    public Cluster? PostedBy { get; set; }

    public OpportunityKind Kind { get; set; }

    // Created in any state (history, tests); changed only by Publish and Close, through the fields.
    private OpportunityStatus status = OpportunityStatus.Draft;
    private DateTime? publishedAt;
    private DateTime? closedAt;

    public OpportunityStatus Status { get => status; init => status = value; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>Set when first published; a draft has none.</summary>
    public DateTime? PublishedAt { get => publishedAt; init => publishedAt = value; }

    public DateTime? ClosedAt { get => closedAt; init => closedAt = value; }

    /// <summary>The last day on which answers are welcome.</summary>
    public DateOnly? Deadline { get; set; }

    public List<Sector> Sectors { get => field ??= []; }

    public List<Region> TargetRegions { get => field ??= []; }

    public List<OpportunityInterest> Interests { get => field ??= []; }

    /// <summary>A new or changed deadline must not have passed; an old one may stay as it is.</summary>
    public static RuleBreak? CheckDeadline(DateOnly? deadline, DateOnly today) =>
        deadline is { } day && day < today ? RuleBreak.Invalid($"The deadline {day:yyyy-MM-dd} has passed.") : null;

    /// <summary>A draft goes out to the network (and its live feed).</summary>
    public RuleBreak? Publish(DateTime now) => MoveTo(OpportunityStatus.Published, from: OpportunityStatus.Draft, now);

    /// <summary>A published opportunity stops asking for answers; it stays readable.</summary>
    public RuleBreak? Close(DateTime now) => MoveTo(OpportunityStatus.Closed, from: OpportunityStatus.Published, now);

    /// <summary>Whether <paramref name="clusterId"/> may say it is interested: only in another cluster's published opportunity.</summary>
    public RuleBreak? CheckInterestFrom(Guid clusterId) => this switch
    {
        { Status: not OpportunityStatus.Published } => RuleBreak.Conflict("Interest can be expressed only in a PUBLISHED opportunity."),
        _ when PostedById == clusterId => RuleBreak.Invalid("A cluster cannot express interest in its own opportunity."),
        _ => null,
    };

    private RuleBreak? MoveTo(OpportunityStatus target, OpportunityStatus from, DateTime now)
    {
        if (Status != from)
        {
            return RuleBreak.Conflict($"Only a {Upper(from)} opportunity can become {Upper(target)}; this one is {Upper(Status)}.");
        }

        status = target;
        if (target == OpportunityStatus.Published)
        {
            publishedAt = now;
            Raise(new OpportunityPublished(Id, PostedById, now));
        }
        else
        {
            closedAt = now;
            Raise(new OpportunityClosed(Id, PostedById, now));
        }

        return null;
    }

    private static string Upper(OpportunityStatus status) => status.ToString().ToUpperInvariant();
}
