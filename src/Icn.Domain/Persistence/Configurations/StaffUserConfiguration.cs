using Icn.Domain.Clusters;
using Icn.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.ToTable("staff_users");
        user.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameLength);
        // Identity's lengths, named where the API checks them too.
        user.Property(u => u.Email).HasMaxLength(StaffUser.EmailLength);
        user.Property(u => u.UserName).HasMaxLength(StaffUser.EmailLength);
        // The same relationship Identity declares, with a navigation from the account.
        user.HasMany(u => u.RoleLinks).WithOne().HasForeignKey(link => link.UserId).IsRequired();
        user.HasOne<Cluster>().WithMany().HasForeignKey(u => u.ClusterId).OnDelete(DeleteBehavior.Restrict);
    }
}
