using Icn.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.ToTable("sign_in_sessions", table => table.HasCheckConstraint("ck_sign_in_sessions_generation", "generation >= 1"));
        session.HasKey(s => s.Id);
        session.Property(s => s.EndReason).HasMaxLength(40);
        session.HasIndex(s => s.UserId);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
