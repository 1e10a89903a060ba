using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pamong.SocialProtection.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PerlinsosDataQualityFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    EvidenceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FirstFoundAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastFoundAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Current = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosDataQualityFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosDeathRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosDeathRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosExclusionListEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosExclusionListEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosHouseholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Rt = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Rw = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WelfareDecile = table.Column<int>(type: "INTEGER", nullable: true),
                    MonthlyIncome = table.Column<long>(type: "INTEGER", nullable: true),
                    FloorMaterial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WallMaterial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RoofMaterial = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FloorArea = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    ElectricityVa = table.Column<int>(type: "INTEGER", nullable: true),
                    LandArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    LargeLivestock = table.Column<int>(type: "INTEGER", nullable: false),
                    SmallLivestock = table.Column<int>(type: "INTEGER", nullable: false),
                    Motorcycles = table.Column<int>(type: "INTEGER", nullable: false),
                    Cars = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosHouseholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Good = table.Column<int>(type: "INTEGER", nullable: false),
                    Bad = table.Column<int>(type: "INTEGER", nullable: false),
                    Warned = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Report = table.Column<string>(type: "TEXT", nullable: true),
                    Preview = table.Column<string>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosNikSightings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosNikSightings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosConsents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentedByNik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConsentedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AgentUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgentName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Witness = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerlinsosConsents_PerlinsosHouseholds_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "PerlinsosHouseholds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BirthPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsAsn = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsTniPolri = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsVillageOfficial = table.Column<bool>(type: "INTEGER", nullable: false),
                    Disability = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChronicIllness = table.Column<bool>(type: "INTEGER", nullable: false),
                    Pregnant = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDeceased = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeceasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerlinsosMembers_PerlinsosHouseholds_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "PerlinsosHouseholds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosConsents_HouseholdId",
                table: "PerlinsosConsents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosConsents_TenantId_HouseholdId",
                table: "PerlinsosConsents",
                columns: new[] { "TenantId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosDataQualityFindings_TenantId_Key",
                table: "PerlinsosDataQualityFindings",
                columns: new[] { "TenantId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosDataQualityFindings_TenantId_VillageCode_Status_Kind",
                table: "PerlinsosDataQualityFindings",
                columns: new[] { "TenantId", "VillageCode", "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosDeathRecords_TenantId_Nik",
                table: "PerlinsosDeathRecords",
                columns: new[] { "TenantId", "Nik" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosExclusionListEntries_TenantId_List_Nik",
                table: "PerlinsosExclusionListEntries",
                columns: new[] { "TenantId", "List", "Nik" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosHouseholds_TenantId_KkNumber",
                table: "PerlinsosHouseholds",
                columns: new[] { "TenantId", "KkNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosHouseholds_TenantId_VillageCode",
                table: "PerlinsosHouseholds",
                columns: new[] { "TenantId", "VillageCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosMembers_HouseholdId",
                table: "PerlinsosMembers",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosMembers_TenantId_BirthDate_NormalizedName",
                table: "PerlinsosMembers",
                columns: new[] { "TenantId", "BirthDate", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosMembers_TenantId_Nik",
                table: "PerlinsosMembers",
                columns: new[] { "TenantId", "Nik" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosNikSightings_TenantId_Nik_NormalizedName_BirthDate_KkNumber",
                table: "PerlinsosNikSightings",
                columns: new[] { "TenantId", "Nik", "NormalizedName", "BirthDate", "KkNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PerlinsosConsents");

            migrationBuilder.DropTable(
                name: "PerlinsosDataQualityFindings");

            migrationBuilder.DropTable(
                name: "PerlinsosDeathRecords");

            migrationBuilder.DropTable(
                name: "PerlinsosExclusionListEntries");

            migrationBuilder.DropTable(
                name: "PerlinsosJobs");

            migrationBuilder.DropTable(
                name: "PerlinsosMembers");

            migrationBuilder.DropTable(
                name: "PerlinsosNikSightings");

            migrationBuilder.DropTable(
                name: "PerlinsosHouseholds");
        }
    }
}
