using Icn.Domain.Common;

namespace Icn.Domain.Regions;

/// <summary>A world region used for scoping, e.g. Nordics or DACH. A regional plugin is bound to one.</summary>
public sealed class Region : Entity
{
    public required string Slug { get; set; }

    public required string Name { get; set; }
}
