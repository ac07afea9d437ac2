using Icn.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.MapEntityBasics();
        member.Property(m => m.Name).HasMaxLength(Member.NameLength);
        member.Property(m => m.Kind).StoredAsText();
        member.Property(m => m.CountryCode).HasMaxLength(Member.CountryCodeLength).IsFixedLength();
        member.Property(m => m.Website).HasMaxLength(Member.UrlLength);
        member.Property(m => m.Description).HasMaxLength(Member.DescriptionLength);
        member.HasOne(m => m.Cluster).WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => new { m.ClusterId, m.Name, m.Id });
        member.HasIndex(m => new { m.Name, m.Id });
        member.HasIndex(m => m.Kind);
        member.HasTrigramIndex(nameof(Member.Name));
        member.MapSearchVector(("name", 'A'), ("description", 'B'));
        member.MapSectors(m => m.Sectors, "member_sectors");
        member.ToTable(t =>
        {
            t.HasEnumCheck<MemberKind>("members", "kind");
            t.HasCheckConstraint("ck_members_name", SqlChecks.NotBlank("name"));
            t.HasCheckConstraint("ck_members_country_code", $"country_code IS NULL OR {SqlChecks.CountryCode("country_code")}");
        });
    }
}
