using Icn.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> networkEvent)
    {
        networkEvent.ToTable("events");
        networkEvent.MapEntityBasics();
        networkEvent.Property(e => e.Title).HasMaxLength(NetworkEvent.TitleLength);
        networkEvent.Property(e => e.Kind).StoredAsText();
        networkEvent.Property(e => e.TimeZone).HasMaxLength(NetworkEvent.TimeZoneLength);
        networkEvent.Property(e => e.Location).HasMaxLength(NetworkEvent.LocationLength);
        networkEvent.Property(e => e.OnlineUrl).HasMaxLength(NetworkEvent.OnlineUrlLength);
        networkEvent.HasOne(e => e.Host).WithMany().HasForeignKey(e => e.HostId).OnDelete(DeleteBehavior.Cascade);
        networkEvent.MapSectors(e => e.Sectors, "event_sectors");
        networkEvent.HasIndex(e => new { e.StartsAt, e.Id });
        networkEvent.HasIndex(e => new { e.HostId, e.StartsAt, e.Id });
        networkEvent.HasIndex(e => e.Kind);
        networkEvent.HasTrigramIndex(nameof(NetworkEvent.Title));
        networkEvent.MapSearchVector(("title", 'A'), ("location", 'B'), ("description", 'B'));
        networkEvent.ToTable(t =>
        {
            t.HasEnumCheck<EventKind>("events", "kind");
            t.HasCheckConstraint("ck_events_title", SqlChecks.NotBlank("title"));
            t.HasCheckConstraint("ck_events_ends_after_start", "ends_at >= starts_at");
            t.HasCheckConstraint("ck_events_capacity", "capacity IS NULL OR capacity > 0");
            t.HasCheckConstraint("ck_events_time_zone", SqlChecks.NotBlank("time_zone"));
        });
    }
}
