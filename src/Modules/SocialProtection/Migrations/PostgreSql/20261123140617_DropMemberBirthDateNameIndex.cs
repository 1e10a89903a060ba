using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pamong.SocialProtection.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DropMemberBirthDateNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PerlinsosMembers_TenantId_BirthDate_NormalizedName",
                table: "PerlinsosMembers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosMembers_TenantId_BirthDate_NormalizedName",
                table: "PerlinsosMembers",
                columns: new[] { "TenantId", "BirthDate", "NormalizedName" });
        }
    }
}
