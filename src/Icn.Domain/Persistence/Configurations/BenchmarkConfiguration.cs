using Icn.Domain.Obligations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class BenchmarkConfiguration : IEntityTypeConfiguration<Benchmark>
{
    public void Configure(EntityTypeBuilder<Benchmark> benchmark)
    {
        benchmark.MapEntityBasics();
        benchmark.Property(b => b.TurnoverBand).StoredAsText();
        benchmark.HasOne(b => b.Cluster).WithMany().HasForeignKey(b => b.ClusterId).OnDelete(DeleteBehavior.Cascade);
        benchmark.HasIndex(b => new { b.ClusterId, b.Year }).IsUnique();
        benchmark.ToTable(t =>
        {
            t.HasEnumCheck<TurnoverBand>("benchmarks", "turnover_band");
            t.HasCheckConstraint("ck_benchmarks_year", $"year BETWEEN {Benchmark.FirstYear} AND 2200");
            t.HasCheckConstraint("ck_benchmarks_figures", "member_count >= 0 AND international_projects >= 0 AND events_attended >= 0 AND staff_full_time_equivalents >= 0");
        });
    }
}
