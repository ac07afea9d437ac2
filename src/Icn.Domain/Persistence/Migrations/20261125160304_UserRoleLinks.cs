using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <summary>
    /// No change to the tables: the model gains the navigation from an account to its role links
    /// (for filtering accounts by role), and the snapshot must know it.
    /// </summary>
    public partial class UserRoleLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
