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
                name: "SpbeInstruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeInstruments", x => x.Id);
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
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsHistory = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedSelfIndex = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "SpbeTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeTargets", x => x.Id);
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
                name: "SpbeAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilledById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FilledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FilledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Review = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AgreedLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeAnswers_SpbePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "SpbePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeEvidence_SpbePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "SpbePeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeOfficialResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    Predicate = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeOfficialResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeOfficialResults_SpbePeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "SpbePeriods",
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
                name: "SpbeTargetLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeTargetLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeTargetLevels_SpbeTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "SpbeTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpbeOfficialValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfficialResultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpbeOfficialValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpbeOfficialValues_SpbeOfficialResults_OfficialResultId",
                        column: x => x.OfficialResultId,
                        principalTable: "SpbeOfficialResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_SpbeAnswers_PeriodId",
                table: "SpbeAnswers",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeAnswers_TenantId_PeriodId_IndicatorCode",
                table: "SpbeAnswers",
                columns: new[] { "TenantId", "PeriodId", "IndicatorCode" },
                unique: true);

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
                name: "IX_SpbeEvidence_PeriodId",
                table: "SpbeEvidence",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeEvidence_TenantId_PeriodId_IndicatorCode",
                table: "SpbeEvidence",
                columns: new[] { "TenantId", "PeriodId", "IndicatorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SpbeInstruments_TenantId_InstrumentId",
                table: "SpbeInstruments",
                columns: new[] { "TenantId", "InstrumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeIntegrations_FromApplicationId",
                table: "SpbeIntegrations",
                column: "FromApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeIntegrations_ToApplicationId",
                table: "SpbeIntegrations",
                column: "ToApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeOfficialResults_PeriodId",
                table: "SpbeOfficialResults",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeOfficialResults_TenantId_PeriodId",
                table: "SpbeOfficialResults",
                columns: new[] { "TenantId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeOfficialValues_OfficialResultId",
                table: "SpbeOfficialValues",
                column: "OfficialResultId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeOfficialValues_TenantId_OfficialResultId_Scope_Code",
                table: "SpbeOfficialValues",
                columns: new[] { "TenantId", "OfficialResultId", "Scope", "Code" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_SpbeTargetLevels_TargetId",
                table: "SpbeTargetLevels",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_SpbeTargetLevels_TenantId_TargetId_IndicatorCode",
                table: "SpbeTargetLevels",
                columns: new[] { "TenantId", "TargetId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpbeTargets_TenantId_Year",
                table: "SpbeTargets",
                columns: new[] { "TenantId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpbeAnswers");

            migrationBuilder.DropTable(
                name: "SpbeApplicationDataSets");

            migrationBuilder.DropTable(
                name: "SpbeBusinessProcesses");

            migrationBuilder.DropTable(
                name: "SpbeEvidence");

            migrationBuilder.DropTable(
                name: "SpbeInfrastructure");

            migrationBuilder.DropTable(
                name: "SpbeInstruments");

            migrationBuilder.DropTable(
                name: "SpbeIntegrations");

            migrationBuilder.DropTable(
                name: "SpbeOfficialValues");

            migrationBuilder.DropTable(
                name: "SpbeRiskAppetites");

            migrationBuilder.DropTable(
                name: "SpbeRiskBands");

            migrationBuilder.DropTable(
                name: "SpbeRiskMatrixCells");

            migrationBuilder.DropTable(
                name: "SpbeRiskMonitoring");

            migrationBuilder.DropTable(
                name: "SpbeTargetLevels");

            migrationBuilder.DropTable(
                name: "SpbeDataSets");

            migrationBuilder.DropTable(
                name: "SpbeApplications");

            migrationBuilder.DropTable(
                name: "SpbeOfficialResults");

            migrationBuilder.DropTable(
                name: "SpbeRiskTreatments");

            migrationBuilder.DropTable(
                name: "SpbeTargets");

            migrationBuilder.DropTable(
                name: "SpbePeriods");

            migrationBuilder.DropTable(
                name: "SpbeRisks");

            migrationBuilder.DropTable(
                name: "SpbeRiskContexts");
        }
    }
}
