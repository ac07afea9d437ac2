using Icn.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys", table => table.HasCheckConstraint("ck_api_keys_secret_hash", "octet_length(secret_hash) = 32"));
        key.HasKey(k => k.Id);
        key.Property(k => k.Id).ValueGeneratedOnAdd();
        key.Property(k => k.Name).HasMaxLength(ApiKey.NameLength);
        key.Property(k => k.Prefix).HasMaxLength(32);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => k.ClusterId);
        key.HasOne(k => k.Cluster).WithMany().HasForeignKey(k => k.ClusterId).OnDelete(DeleteBehavior.Cascade);
        key.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
    }
}
