using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pamong.SpbeAssessment.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpbeApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Users = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hosting = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Security = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuiltBy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeBusinessProcesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RelatedServices = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeBusinessProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeDataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdateFrequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeDataSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeInfrastructure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeInfrastructure", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbePeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbePeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromMagnitude = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskBands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskContexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Stakeholders = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskContexts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskMatrixCells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Magnitude = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskMatrixCells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpbeIntegrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromApplicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromPamong = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ToApplicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToPamong = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DataExchanged = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeIntegrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeIntegrations_SpbeApplications_FromApplicationId",
                        column: x => x.FromApplicationId,
                        principalTable: "SpbeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpbeIntegrations_SpbeApplications_ToApplicationId",
                        column: x => x.ToApplicationId,
                        principalTable: "SpbeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpbeApplicationDataSets",
                columns: table => new
                {
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    DataSetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeApplicationDataSets", x => new { x.ApplicationId, x.DataSetId });
                    table.ForeignKey(
                        name: "FK_SpbeApplicationDataSets_SpbeApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SpbeApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpbeApplicationDataSets_SpbeDataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "SpbeDataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskAppetites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContextId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Appetite = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskAppetites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeRiskAppetites_SpbeRiskContexts_ContextId",
                        column: x => x.ContextId,
                        principalTable: "SpbeRiskContexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRisks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContextId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImpactDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImpactArea = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeRisks_SpbeRiskContexts_ContextId",
                        column: x => x.ContextId,
                        principalTable: "SpbeRiskContexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskTreatments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Option = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetLikelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetImpact = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskTreatments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeRiskTreatments_SpbeRisks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "SpbeRisks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeRiskMonitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TreatmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResidualLikelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidualImpact = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeRiskMonitoring", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeRiskMonitoring_SpbeRiskTreatments_TreatmentId",
                        column: x => x.TreatmentId,
                        principalTable: "SpbeRiskTreatments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeApplicationDataSets_DataSetId",
                table: "SpbeApplicationDataSets",
                column: "DataSetId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeApplications_TenantId_Name",
                table: "SpbeApplications",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeApplications_TenantId_OwnerUnitId",
                table: "SpbeApplications",
                columns: new[] { "TenantId", "OwnerUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeBusinessProcesses_TenantId_OwnerUnitId",
                table: "SpbeBusinessProcesses",
                columns: new[] { "TenantId", "OwnerUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeDataSets_TenantId_OwnerUnitId",
                table: "SpbeDataSets",
                columns: new[] { "TenantId", "OwnerUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeIntegrations_FromApplicationId",
                table: "SpbeIntegrations",
                column: "FromApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeIntegrations_ToApplicationId",
                table: "SpbeIntegrations",
                column: "ToApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbePeriods_TenantId_Year",
                table: "SpbePeriods",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskAppetites_ContextId_Category",
                table: "SpbeRiskAppetites",
                columns: new[] { "ContextId", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskBands_TenantId_Level",
                table: "SpbeRiskBands",
                columns: new[] { "TenantId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskContexts_TenantId_Year",
                table: "SpbeRiskContexts",
                columns: new[] { "TenantId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskMatrixCells_TenantId_Likelihood_Impact",
                table: "SpbeRiskMatrixCells",
                columns: new[] { "TenantId", "Likelihood", "Impact" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskMonitoring_TreatmentId",
                table: "SpbeRiskMonitoring",
                column: "TreatmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRisks_ContextId_Number",
                table: "SpbeRisks",
                columns: new[] { "ContextId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeRiskTreatments_RiskId",
                table: "SpbeRiskTreatments",
                column: "RiskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpbeApplicationDataSets");

            migrationBuilder.DropTable(
                name: "SpbeBusinessProcesses");

            migrationBuilder.DropTable(
                name: "SpbeInfrastructure");

            migrationBuilder.DropTable(
                name: "SpbeIntegrations");

            migrationBuilder.DropTable(
                name: "SpbePeriods");

            migrationBuilder.DropTable(
                name: "SpbeRiskAppetites");

            migrationBuilder.DropTable(
                name: "SpbeRiskBands");

            migrationBuilder.DropTable(
                name: "SpbeRiskMatrixCells");

            migrationBuilder.DropTable(
                name: "SpbeRiskMonitoring");

            migrationBuilder.DropTable(
                name: "SpbeDataSets");

            migrationBuilder.DropTable(
                name: "SpbeApplications");

            migrationBuilder.DropTable(
                name: "SpbeRiskTreatments");

            migrationBuilder.DropTable(
                name: "SpbeRisks");

            migrationBuilder.DropTable(
                name: "SpbeRiskContexts");
        }
    }
}
