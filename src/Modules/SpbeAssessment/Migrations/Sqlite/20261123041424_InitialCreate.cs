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
                name: "SpbeEvidence");

            migrationBuilder.DropTable(
                name: "SpbeInstruments");

            migrationBuilder.DropTable(
                name: "SpbeOfficialValues");

            migrationBuilder.DropTable(
                name: "SpbeTargetLevels");

            migrationBuilder.DropTable(
                name: "SpbeOfficialResults");

            migrationBuilder.DropTable(
                name: "SpbeTargets");

            migrationBuilder.DropTable(
                name: "SpbePeriods");
        }
    }
}
