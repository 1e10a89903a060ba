using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Satisfaction.Surveys;
using Pamong.PublicServices.Workflows;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

/// <summary>
/// Services, applications and surveys written straight into the module's tables, for tests of what reads
/// them (surveys, IKM, dashboards) without walking the application workflow.
/// </summary>
public static class ServiceData
{
    public static async Task<T> WithServices<T>(this PamongApp app, Func<PublicServicesDb, IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<PublicServicesDb>(), scope.ServiceProvider);
    }

    public static async Task<string> UserIdAsync(this PamongApp app, string userName) =>
        await app.WithServices(async (_, services) => (await services.GetRequiredService<UserManager<PamongUser>>().FindByNameAsync(userName))!.Id);

    /// <summary>A published service with a one-step workflow; its code is unique.</summary>
    public static async Task<Service> AddServiceAsync(this PamongApp app, ServiceLevel level = ServiceLevel.Desa, string? owner = null, int timeLimit = 3) =>
        await app.WithServices(async (db, _) =>
        {
            var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var code = "uji-" + Guid.NewGuid().ToString("N")[..10];
            var service = new Service
            {
                Code = code,
                Name = "Layanan Uji " + code[4..],
                Category = ServiceCategories.Umum,
                Level = level,
                OwnerUnitCode = owner,
                TimeLimitWorkingDays = timeLimit,
                Requirements = "KTP",
                Procedure = "Ajukan",
                Product = "Surat",
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Services.Add(service);
            await db.SaveChangesAsync();
            db.WorkflowVersions.Add(new WorkflowVersion
            {
                ServiceId = service.Id,
                Number = 1,
                CreatedAt = now,
                CreatedBy = "uji",
                IsCurrent = true,
                Steps = [new WorkflowStep { Order = 1, Name = "Verifikasi", Level = level, Role = Roles.DesaOperator, SlaWorkingDays = timeLimit }],
            });
            await db.SaveChangesAsync();
            return service;
        });

    /// <summary>An application of <paramref name="service"/> with the given outcome; returns its number.</summary>
    public static async Task<Application> AddApplicationAsync(this PamongApp app, Service service, ApplicationStatus status,
        DateTime submittedAt, DateTime? completedAt = null, string village = "35.10.15.2004", string? applicantUserId = null,
        string applicantName = "Warga Uji", string nik = "3510154101900001") =>
        await app.WithServices(async (db, _) =>
        {
            var version = db.WorkflowVersions.First(v => v.ServiceId == service.Id);
            var application = new Application
            {
                Number = "UJI-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                ServiceId = service.Id,
                WorkflowVersionId = version.Id,
                ApplicantNik = nik,
                ApplicantName = applicantName,
                ApplicantUserId = applicantUserId,
                Channel = ApplicationChannel.Online,
                VillageCode = village,
                Status = status,
                CurrentStep = 1,
                SubmittedAt = DateTime.SpecifyKind(submittedAt, DateTimeKind.Utc),
                CompletedAt = completedAt is { } c ? DateTime.SpecifyKind(c, DateTimeKind.Utc) : null,
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    /// <summary>A stored survey answer on <paramref name="day"/>, as if it had been filled then.</summary>
    public static async Task AddSurveyAsync(this PamongApp app, Application application, string unitCode, DateOnly day, params int[] answers) =>
        await app.WithServices(async (db, _) =>
        {
            var response = new SurveyResponse
            {
                ApplicationId = application.Id,
                ServiceId = application.ServiceId,
                UnitCode = unitCode,
                VillageCode = application.VillageCode,
                Channel = SurveyChannel.Online,
                At = new DateTimeOffset(day.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
                Day = day,
            };
            response.SetAnswers(answers);
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync();
            return 0;
        });
}
