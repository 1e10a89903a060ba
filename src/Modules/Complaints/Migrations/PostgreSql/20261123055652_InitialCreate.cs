using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pamong.Complaints.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplaintsComplaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitRegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Confidential = table.Column<bool>(type: "boolean", nullable: false),
                    ComplainantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ComplainantEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ComplainantPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ComplainantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Simple = table.Column<bool>(type: "boolean", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerifyDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RoutedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RespondDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    EscalatedUnitId = table.Column<int>(type: "integer", nullable: true),
                    EscalatedUnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsComplaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintsSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VerifyWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    AnswerWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    SimpleAnswerWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RespondDays = table.Column<int>(type: "integer", nullable: false),
                    EscalatedAnswerWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    FilingsPerHour = table.Column<int>(type: "integer", nullable: false),
                    TrackingsPerMinute = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintsEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComplaintId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintsEvents_ComplaintsComplaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "ComplaintsComplaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintsFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComplaintId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintsFiles_ComplaintsComplaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "ComplaintsComplaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintsHolidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SettingsId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsHolidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintsHolidays_ComplaintsSettings_SettingsId",
                        column: x => x.SettingsId,
                        principalTable: "ComplaintsSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintsFileContents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileId = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintsFileContents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintsFileContents_ComplaintsFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "ComplaintsFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsComplaints_TenantId_Status_UnitId",
                table: "ComplaintsComplaints",
                columns: new[] { "TenantId", "Status", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsComplaints_TenantId_TrackingCode",
                table: "ComplaintsComplaints",
                columns: new[] { "TenantId", "TrackingCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsComplaints_TenantId_UnitRegionCode",
                table: "ComplaintsComplaints",
                columns: new[] { "TenantId", "UnitRegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsEvents_ComplaintId",
                table: "ComplaintsEvents",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsFileContents_FileId",
                table: "ComplaintsFileContents",
                column: "FileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsFiles_ComplaintId",
                table: "ComplaintsFiles",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsHolidays_SettingsId_Date",
                table: "ComplaintsHolidays",
                columns: new[] { "SettingsId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintsSettings_TenantId",
                table: "ComplaintsSettings",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintsEvents");

            migrationBuilder.DropTable(
                name: "ComplaintsFileContents");

            migrationBuilder.DropTable(
                name: "ComplaintsHolidays");

            migrationBuilder.DropTable(
                name: "ComplaintsFiles");

            migrationBuilder.DropTable(
                name: "ComplaintsSettings");

            migrationBuilder.DropTable(
                name: "ComplaintsComplaints");
        }
    }
}
