using Icn.Domain.Access;
using Icn.Domain.Audit;
using Icn.Domain.Clusters;
using Icn.Domain.Documents;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Membership;
using Icn.Domain.Obligations;
using Icn.Domain.Opportunities;
using Icn.Domain.Outbox;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Icn.Domain.Persistence;

/// <summary>The network's data. Used directly (no repository layer); one configuration class per entity.</summary>
public sealed class IcnDbContext(DbContextOptions<IcnDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys: shared by every API process, so a token one issues another accepts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Staff sign-ins, each with its current refresh token generation; ended ones refuse their tokens.</summary>
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<FeeInvoice> FeeInvoices => Set<FeeInvoice>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunityInterest> OpportunityInterests => Set<OpportunityInterest>();

    public DbSet<NetworkEvent> Events => Set<NetworkEvent>();

    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<TrustedDocument> TrustedDocuments => Set<TrustedDocument>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<StoredWorkflowDefinition> WorkflowDefinitions => Set<StoredWorkflowDefinition>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowBookmark> WorkflowBookmarks => Set<WorkflowBookmark>();

    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();

    public DbSet<WorkflowJournalEntry> WorkflowJournal => Set<WorkflowJournalEntry>();

    public DbSet<WorkflowIncident> WorkflowIncidents => Set<WorkflowIncident>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Trigram indexes make case-insensitive "contains" filters use an index.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IcnDbContext).Assembly);
    }
}
