using Icn.Domain.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> application)
    {
        application.ToTable("applications", t => t.HasEnumCheck<ApplicationStatus>("applications", "status"));
        application.MapEntityBasics();
        application.Property(a => a.Status).StoredAsText();
        application.Property(a => a.ContactName).HasMaxLength(Application.ContactNameLength);
        application.Property(a => a.ContactEmail).HasMaxLength(Application.ContactEmailLength);
        application.Property(a => a.TokenHash).HasMaxLength(Application.TokenHashLength);
        application.Property(a => a.SecretariatNotes).HasMaxLength(Application.NotesLength);
        application.Property(a => a.InformationRequest).HasMaxLength(Application.NotesLength);
        application.Property(a => a.InformationResponse).HasMaxLength(Application.NotesLength);
        application.Property(a => a.DecisionReason).HasMaxLength(Application.DecisionReasonLength);
        application.HasOne(a => a.Cluster).WithMany().HasForeignKey(a => a.ClusterId).OnDelete(DeleteBehavior.Restrict);
        application.OwnsMany(a => a.Evidence, evidence =>
        {
            evidence.ToTable("application_evidence", t => t.HasCheckConstraint("ck_application_evidence_criterion", EnumText.CheckSql<ApplicationCriterion>("criterion")));
            evidence.WithOwner().HasForeignKey("ApplicationId");
            evidence.Property<int>("Id");
            evidence.HasKey("Id");
            evidence.Property(e => e.Criterion).StoredAsText();
            evidence.Property(e => e.Text).HasMaxLength(ApplicationEvidence.TextLength);
        });

        // The applicant finds theirs by token; the Secretariat lists by status; erasure looks for old decided ones.
        application.HasIndex(a => a.TokenHash).IsUnique();
        application.HasIndex(a => new { a.Status, a.SubmittedAt });
        application.HasIndex(a => a.ClusterId);
    }
}
