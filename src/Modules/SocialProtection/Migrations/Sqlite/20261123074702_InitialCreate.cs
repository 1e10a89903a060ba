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
                name: "PerlinsosAppeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    EvidenceSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrectedDecile = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosAppeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosCekBansos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NikHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VillageName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutcomesJson = table.Column<string>(type: "TEXT", nullable: false),
                    AppealUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosCekBansos", x => x.Id);
                });

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
                name: "PerlinsosDistributionCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosDistributionCycles", x => x.Id);
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
                name: "PerlinsosHandOvers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProofKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProofFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ProofSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CardQr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosHandOvers", x => x.Id);
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
                name: "PerlinsosMaskingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NumberKeepStart = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberKeepEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKeepLetters = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowRtRw = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosMaskingRules", x => x.Id);
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
                name: "PerlinsosPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaxDecile = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredCriteria = table.Column<string>(type: "TEXT", nullable: false),
                    RequireAllCriteria = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExcludeOfficials = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExcludeDeceasedHead = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxMonthlyIncome = table.Column<long>(type: "INTEGER", nullable: true),
                    ExcludedFromElectricityVa = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxCars = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxLandArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    BenefitPerStage = table.Column<long>(type: "INTEGER", nullable: false),
                    BenefitForm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StagesPerYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultVillageQuota = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    ExclusiveWith = table.Column<string>(type: "TEXT", nullable: false),
                    AppealDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosPrograms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeliberationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinutesFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MinutesSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosTargetingDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    KkNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeadNik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rt = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Rw = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Benefit = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosTargetingDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosTargetingRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferenceDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    SelectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EligibleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AppealUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ApprovalNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosTargetingRuns", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "PerlinsosBenefitComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosBenefitComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerlinsosBenefitComponents_PerlinsosPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "PerlinsosPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerlinsosVillageQuotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Quota = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerlinsosVillageQuotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerlinsosVillageQuotas_PerlinsosPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "PerlinsosPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosAppeals_RunId_HouseholdId",
                table: "PerlinsosAppeals",
                columns: new[] { "RunId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosAppeals_TenantId_VillageCode_Status",
                table: "PerlinsosAppeals",
                columns: new[] { "TenantId", "VillageCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosBenefitComponents_ProgramId",
                table: "PerlinsosBenefitComponents",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosCekBansos_ProgramId",
                table: "PerlinsosCekBansos",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosCekBansos_TenantId_NikHash",
                table: "PerlinsosCekBansos",
                columns: new[] { "TenantId", "NikHash" });

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
                name: "IX_PerlinsosDistributionCycles_TenantId_ProgramId_Period_Stage",
                table: "PerlinsosDistributionCycles",
                columns: new[] { "TenantId", "ProgramId", "Period", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosExclusionListEntries_TenantId_List_Nik",
                table: "PerlinsosExclusionListEntries",
                columns: new[] { "TenantId", "List", "Nik" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosHandOvers_CycleId_DecisionId",
                table: "PerlinsosHandOvers",
                columns: new[] { "CycleId", "DecisionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosHandOvers_CycleId_VillageCode_Status",
                table: "PerlinsosHandOvers",
                columns: new[] { "CycleId", "VillageCode", "Status" });

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
                name: "IX_PerlinsosMaskingRules_TenantId",
                table: "PerlinsosMaskingRules",
                column: "TenantId",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosPrograms_TenantId_Code",
                table: "PerlinsosPrograms",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosProposals_ProgramId_Status",
                table: "PerlinsosProposals",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosProposals_TenantId_VillageCode_Status",
                table: "PerlinsosProposals",
                columns: new[] { "TenantId", "VillageCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosTargetingDecisions_RunId_HouseholdId",
                table: "PerlinsosTargetingDecisions",
                columns: new[] { "RunId", "HouseholdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosTargetingDecisions_RunId_VillageCode_Status",
                table: "PerlinsosTargetingDecisions",
                columns: new[] { "RunId", "VillageCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosTargetingRuns_TenantId_ProgramId_Period_Version",
                table: "PerlinsosTargetingRuns",
                columns: new[] { "TenantId", "ProgramId", "Period", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerlinsosVillageQuotas_ProgramId_VillageCode",
                table: "PerlinsosVillageQuotas",
                columns: new[] { "ProgramId", "VillageCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PerlinsosAppeals");

            migrationBuilder.DropTable(
                name: "PerlinsosBenefitComponents");

            migrationBuilder.DropTable(
                name: "PerlinsosCekBansos");

            migrationBuilder.DropTable(
                name: "PerlinsosConsents");

            migrationBuilder.DropTable(
                name: "PerlinsosDataQualityFindings");

            migrationBuilder.DropTable(
                name: "PerlinsosDeathRecords");

            migrationBuilder.DropTable(
                name: "PerlinsosDistributionCycles");

            migrationBuilder.DropTable(
                name: "PerlinsosExclusionListEntries");

            migrationBuilder.DropTable(
                name: "PerlinsosHandOvers");

            migrationBuilder.DropTable(
                name: "PerlinsosJobs");

            migrationBuilder.DropTable(
                name: "PerlinsosMaskingRules");

            migrationBuilder.DropTable(
                name: "PerlinsosMembers");

            migrationBuilder.DropTable(
                name: "PerlinsosNikSightings");

            migrationBuilder.DropTable(
                name: "PerlinsosProposals");

            migrationBuilder.DropTable(
                name: "PerlinsosTargetingDecisions");

            migrationBuilder.DropTable(
                name: "PerlinsosTargetingRuns");

            migrationBuilder.DropTable(
                name: "PerlinsosVillageQuotas");

            migrationBuilder.DropTable(
                name: "PerlinsosHouseholds");

            migrationBuilder.DropTable(
                name: "PerlinsosPrograms");
        }
    }
}
