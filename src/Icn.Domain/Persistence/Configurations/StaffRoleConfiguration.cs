using Icn.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

/// <summary>The four roles are reference data: every database has them from its migrations on.</summary>
internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> role) =>
        role.HasData(StaffRoles.All.Select((name, index) => new IdentityRole<Guid>
        {
            // Fixed keys and stamps: seed data must be the same in every migration snapshot.
            Id = new Guid($"0195f0c0-0000-7000-8000-00000000000{index + 1}"),
            Name = name,
            NormalizedName = name,
            ConcurrencyStamp = $"role-{name.ToLowerInvariant()}",
        }));
}
