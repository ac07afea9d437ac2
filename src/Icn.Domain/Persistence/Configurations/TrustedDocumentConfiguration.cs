using Icn.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> document)
    {
        // The id is the body's hash: the database refuses anything that is not one, whatever writes it.
        document.ToTable("trusted_documents", table => table.HasCheckConstraint("ck_trusted_documents_id", "id ~ '^[0-9a-f]{64}$'"));
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).HasMaxLength(64);
        document.Property(d => d.Name).HasMaxLength(TrustedDocument.NameLength);
        document.Property(d => d.CreatedAt).HasDefaultValueSql("now()");
    }
}
