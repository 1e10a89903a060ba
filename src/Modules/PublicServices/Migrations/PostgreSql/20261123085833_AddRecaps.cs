using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pamong.PublicServices.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddRecaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicServicesDailyRecaps",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Applications = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesDailyRecaps", x => new { x.TenantId, x.Day, x.ServiceId, x.VillageCode, x.Outcome, x.WorkingDays });
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesMonthlyRecaps",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Applications = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesMonthlyRecaps", x => new { x.TenantId, x.Month, x.ServiceId, x.VillageCode, x.Outcome, x.WorkingDays });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesDailyRecaps_TenantId_VillageCode_Day",
                table: "PublicServicesDailyRecaps",
                columns: new[] { "TenantId", "VillageCode", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesMonthlyRecaps_TenantId_VillageCode_Month",
                table: "PublicServicesMonthlyRecaps",
                columns: new[] { "TenantId", "VillageCode", "Month" });

            // Backfill: forget which calendars were built, so that the start-up (CalendarAtStartup) rebuilds every
            // Pemda's working-day calendar and, with it, its recaps from the existing applications.
            migrationBuilder.Sql("DELETE FROM \"PublicServicesWorkdayCalendars\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicServicesDailyRecaps");

            migrationBuilder.DropTable(
                name: "PublicServicesMonthlyRecaps");
        }
    }
}
