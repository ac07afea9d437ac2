using Icn.Domain.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class FeeInvoiceConfiguration : IEntityTypeConfiguration<FeeInvoice>
{
    public void Configure(EntityTypeBuilder<FeeInvoice> invoice)
    {
        invoice.MapEntityBasics();
        invoice.HasOne(i => i.Cluster).WithMany(c => c.FeeInvoices).HasForeignKey(i => i.ClusterId).OnDelete(DeleteBehavior.Cascade);
        invoice.HasIndex(i => new { i.ClusterId, i.Year }).IsUnique();
        invoice.OwnsOne(i => i.Amount, amount => amount.Property(a => a.Currency).HasMaxLength(3).IsFixedLength());
        invoice.Navigation(i => i.Amount).IsRequired();
        invoice.Property(i => i.PaymentReference).HasMaxLength(FeeInvoice.PaymentReferenceLength);
        invoice.ToTable(t =>
        {
            t.HasCheckConstraint("ck_fee_invoices_amount", "amount_amount_minor >= 0");
            t.HasCheckConstraint("ck_fee_invoices_currency", "amount_currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_fee_invoices_due", "due_on >= issued_on");
            t.HasCheckConstraint("ck_fee_invoices_year", "year BETWEEN 2000 AND 2200");
        });
    }
}
