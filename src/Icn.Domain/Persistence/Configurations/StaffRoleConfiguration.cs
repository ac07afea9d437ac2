using Icn.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

/// <summary>The four roles are reference data: every database has them from its migrations on.</summary>
internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> role) =>
        role.HasData(StaffRoles.All.Select(name => new IdentityRole<Guid>
        {
            // Fixed keys and stamps: seed data must be the same in every migration snapshot.
            Id = StaffRoles.IdOf(name),
            Name = name,
            NormalizedName = name,
            ConcurrencyStamp = $"role-{name.ToLowerInvariant()}",
        }));
}
