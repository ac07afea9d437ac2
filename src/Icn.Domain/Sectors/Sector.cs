using Icn.Domain.Common;

namespace Icn.Domain.Sectors;

/// <summary>A node of the cleantech taxonomy: a small tree of sectors.</summary>
public sealed class Sector : Entity
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public Guid? ParentId { get; set; }

    public Sector? Parent { get; set; }

    public List<Sector> Children { get => field ??= []; }
}
