using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pamong.PublicServices.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicServicesApplicationNumbers",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesApplicationNumbers", x => new { x.TenantId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Requirements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Procedure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TimeLimitWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Product = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ComplaintChannel = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesSurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EnteredByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    U1 = table.Column<int>(type: "integer", nullable: false),
                    U2 = table.Column<int>(type: "integer", nullable: false),
                    U3 = table.Column<int>(type: "integer", nullable: false),
                    U4 = table.Column<int>(type: "integer", nullable: false),
                    U5 = table.Column<int>(type: "integer", nullable: false),
                    U6 = table.Column<int>(type: "integer", nullable: false),
                    U7 = table.Column<int>(type: "integer", nullable: false),
                    U8 = table.Column<int>(type: "integer", nullable: false),
                    U9 = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Education = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Occupation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Suggestion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesSurveyResponses", x => x.Id);
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U1", "\"U1\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U2", "\"U2\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U3", "\"U3\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U4", "\"U4\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U5", "\"U5\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U6", "\"U6\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U7", "\"U7\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U8", "\"U8\" BETWEEN 1 AND 4");
                    table.CheckConstraint("CK_PublicServicesSurveyResponses_U9", "\"U9\" BETWEEN 1 AND 4");
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesWorkdayCalendars",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesWorkdayCalendars", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesWorkdayNumbers",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesWorkdayNumbers", x => new { x.TenantId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesResultTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Closing = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NumberPattern = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SequenceYear = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesResultTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesResultTemplates_PublicServicesServices_Servic~",
                        column: x => x.ServiceId,
                        principalTable: "PublicServicesServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesWorkflowVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesWorkflowVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesWorkflowVersions_PublicServicesServices_Servi~",
                        column: x => x.ServiceId,
                        principalTable: "PublicServicesServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantNik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssistedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PartnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentStep = table.Column<int>(type: "integer", nullable: false),
                    StepDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesApplications_PublicServicesServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "PublicServicesServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicServicesApplications_PublicServicesWorkflowVersions_W~",
                        column: x => x.WorkflowVersionId,
                        principalTable: "PublicServicesWorkflowVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesFormFields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WorkflowVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Choices = table.Column<List<string>>(type: "text[]", nullable: false),
                    Min = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Max = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MaxLength = table.Column<int>(type: "integer", nullable: true),
                    Hint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MaxBytes = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesFormFields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesFormFields_PublicServicesWorkflowVersions_Wor~",
                        column: x => x.WorkflowVersionId,
                        principalTable: "PublicServicesWorkflowVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesWorkflowSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WorkflowVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SlaWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    AllowReturn = table.Column<bool>(type: "boolean", nullable: false),
                    AllowReject = table.Column<bool>(type: "boolean", nullable: false),
                    AllowBulkApprove = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesWorkflowSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesWorkflowSteps_PublicServicesWorkflowVersions_~",
                        column: x => x.WorkflowVersionId,
                        principalTable: "PublicServicesWorkflowVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StepOrder = table.Column<int>(type: "integer", nullable: true),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesApplicationEvents_PublicServicesApplications_~",
                        column: x => x.ApplicationId,
                        principalTable: "PublicServicesApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicServicesApplicationFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicServicesApplicationFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicServicesApplicationFiles_PublicServicesApplications_A~",
                        column: x => x.ApplicationId,
                        principalTable: "PublicServicesApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplicationEvents_ApplicationId_At",
                table: "PublicServicesApplicationEvents",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplicationFiles_ApplicationId_FieldKey",
                table: "PublicServicesApplicationFiles",
                columns: new[] { "ApplicationId", "FieldKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_ServiceId",
                table: "PublicServicesApplications",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_ApplicantUserId",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "ApplicantUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_Number",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_ServiceId_SubmittedAt",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "ServiceId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_Status_VillageCode",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "Status", "VillageCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_SubmittedAt",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_TenantId_VillageCode_SubmittedAt",
                table: "PublicServicesApplications",
                columns: new[] { "TenantId", "VillageCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesApplications_WorkflowVersionId",
                table: "PublicServicesApplications",
                column: "WorkflowVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesFormFields_WorkflowVersionId_Key",
                table: "PublicServicesFormFields",
                columns: new[] { "WorkflowVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesHolidays_TenantId_Date",
                table: "PublicServicesHolidays",
                columns: new[] { "TenantId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesResultTemplates_ServiceId",
                table: "PublicServicesResultTemplates",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesResultTemplates_TenantId_ServiceId",
                table: "PublicServicesResultTemplates",
                columns: new[] { "TenantId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesServices_TenantId_Category",
                table: "PublicServicesServices",
                columns: new[] { "TenantId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesServices_TenantId_Code",
                table: "PublicServicesServices",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesSurveyResponses_TenantId_ApplicationId",
                table: "PublicServicesSurveyResponses",
                columns: new[] { "TenantId", "ApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesSurveyResponses_TenantId_ServiceId_Day",
                table: "PublicServicesSurveyResponses",
                columns: new[] { "TenantId", "ServiceId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesSurveyResponses_TenantId_UnitCode_Day",
                table: "PublicServicesSurveyResponses",
                columns: new[] { "TenantId", "UnitCode", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesSurveyResponses_TenantId_VillageCode_Day",
                table: "PublicServicesSurveyResponses",
                columns: new[] { "TenantId", "VillageCode", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesWorkflowSteps_WorkflowVersionId_Order",
                table: "PublicServicesWorkflowSteps",
                columns: new[] { "WorkflowVersionId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicServicesWorkflowVersions_ServiceId_Number",
                table: "PublicServicesWorkflowVersions",
                columns: new[] { "ServiceId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicServicesApplicationEvents");

            migrationBuilder.DropTable(
                name: "PublicServicesApplicationFiles");

            migrationBuilder.DropTable(
                name: "PublicServicesApplicationNumbers");

            migrationBuilder.DropTable(
                name: "PublicServicesFormFields");

            migrationBuilder.DropTable(
                name: "PublicServicesHolidays");

            migrationBuilder.DropTable(
                name: "PublicServicesResultTemplates");

            migrationBuilder.DropTable(
                name: "PublicServicesSurveyResponses");

            migrationBuilder.DropTable(
                name: "PublicServicesWorkdayCalendars");

            migrationBuilder.DropTable(
                name: "PublicServicesWorkdayNumbers");

            migrationBuilder.DropTable(
                name: "PublicServicesWorkflowSteps");

            migrationBuilder.DropTable(
                name: "PublicServicesApplications");

            migrationBuilder.DropTable(
                name: "PublicServicesWorkflowVersions");

            migrationBuilder.DropTable(
                name: "PublicServicesServices");
        }
    }
}
