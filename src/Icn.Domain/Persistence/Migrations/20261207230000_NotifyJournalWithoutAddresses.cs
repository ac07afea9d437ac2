using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <summary>
    /// Notify used to journal its recipient as given, an applicant's address included, and the journal
    /// is read by more roles than the address is. The lines written so far now say "to an address", as
    /// new ones do. Data only: the model does not change, so there is no target model to record.
    /// </summary>
    [DbContext(typeof(IcnDbContext))]
    [Migration("20261207230000_NotifyJournalWithoutAddresses")]
    public partial class NotifyJournalWithoutAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE workflow_journal
                SET summary = regexp_replace(summary, ' to [^ ]*@[^ ]* \(([0-9]+) recipient\(s\)\)\.$', ' to an address (\1 recipient(s)).')
                WHERE activity_type = 'Notify' AND summary LIKE '%@%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The addresses are not brought back: that is the point.
        }
    }
}
