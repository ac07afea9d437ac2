using Icn.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> registration)
    {
        registration.MapEntityBasics();
        registration.HasOne(r => r.Event).WithMany(e => e.Registrations).HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne(r => r.Cluster).WithMany().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Cascade);
        registration.HasIndex(r => new { r.EventId, r.ClusterId }).IsUnique();
        registration.HasIndex(r => r.ClusterId);
        registration.ToTable(t =>
        {
            t.HasCheckConstraint("ck_event_registrations_participants", "cardinality(participants) > 0");
            t.HasCheckConstraint("ck_event_registrations_attended", "attended_count IS NULL OR (attended_count >= 0 AND attended_count <= cardinality(participants))");
        });
    }
}
