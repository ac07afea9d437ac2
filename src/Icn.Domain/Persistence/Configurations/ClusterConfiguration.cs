using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> cluster)
    {
        cluster.MapEntityBasics();
        cluster.Property(c => c.Slug).HasMaxLength(80);
        cluster.Property(c => c.Name).HasMaxLength(Cluster.NameLength);
        cluster.Property(c => c.Description).HasMaxLength(Cluster.DescriptionLength);
        cluster.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        cluster.Property(c => c.City).HasMaxLength(Cluster.CityLength);
        cluster.Property(c => c.Website).HasMaxLength(Cluster.UrlLength);
        cluster.Property(c => c.LogoUrl).HasMaxLength(Cluster.UrlLength);
        cluster.Property(c => c.InternationalStrategy).HasMaxLength(Cluster.StrategyLength);
        cluster.HasIndex(c => c.Slug).IsUnique();
        cluster.HasIndex(c => new { c.Name, c.Id });
        cluster.HasTrigramIndex(nameof(Cluster.Name));
        cluster.MapSearchVector(("name", 'A'), ("city", 'B'), ("description", 'B'), ("international_strategy", 'C'));
        cluster.HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        cluster.MapSectors(c => c.Sectors, "cluster_sectors");

        cluster.OwnsOne(c => c.Helix);
        cluster.OwnsOne(c => c.Contact, contact =>
        {
            contact.Property(x => x.Name).HasMaxLength(ClusterContact.NameLength);
            contact.Property(x => x.Email).HasMaxLength(ClusterContact.EmailLength);
            contact.Property(x => x.Phone).HasMaxLength(ClusterContact.PhoneLength);
        });
        cluster.OwnsOne(c => c.Membership, membership =>
        {
            membership.Property(m => m.Status).StoredAsText();
            membership.HasIndex(m => m.Status);
        });
        cluster.Navigation(c => c.Helix).IsRequired();
        cluster.Navigation(c => c.Contact).IsRequired();
        cluster.Navigation(c => c.Membership).IsRequired();

        cluster.ToTable(t =>
        {
            t.HasCheckConstraint("ck_clusters_slug", SqlChecks.Slug("slug"));
            t.HasCheckConstraint("ck_clusters_name", SqlChecks.NotBlank("name"));
            t.HasCheckConstraint("ck_clusters_country_code", SqlChecks.CountryCode("country_code"));
            t.HasCheckConstraint("ck_clusters_founded_year", $"founded_year IS NULL OR founded_year BETWEEN {Cluster.EarliestFoundedYear} AND 2200");
            t.HasCheckConstraint("ck_clusters_member_count", $"member_count BETWEEN 0 AND {Cluster.MaxCount}");
            t.HasCheckConstraint("ck_clusters_helix", $"helix_companies BETWEEN 0 AND {Cluster.MaxCount} AND helix_research_institutions BETWEEN 0 AND {Cluster.MaxCount} AND helix_public_authorities BETWEEN 0 AND {Cluster.MaxCount}");
            t.HasCheckConstraint("ck_clusters_membership_status", EnumText.CheckSql<MembershipStatus>("membership_status"));
            t.HasCheckConstraint("ck_clusters_membership_since", "membership_status = 'applicant' OR membership_since IS NOT NULL");
        });
    }
}
