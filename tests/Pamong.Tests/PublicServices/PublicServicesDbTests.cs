using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

/// <summary>The module's own tables exist on both engines, are scoped per tenant and audited.</summary>
public abstract class PublicServicesDbTests(PamongApp app)
{
    private async Task<T> WithServices<T>(Func<PublicServicesDb, Task<T>> work, string tenant = "banyuwangi")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PublicServicesDb>());
    }

    [SkippableFact]
    public async Task Every_entity_of_the_model_is_stored_and_read_back()
    {
        app.SkipIfUnavailable();
        var tenant = "m" + Guid.NewGuid().ToString("N")[..8];
        var now = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
        var serviceId = await WithServices(async db =>
        {
            var service = new Service
            {
                Code = "uji-domisili",
                Name = "Surat Keterangan Domisili",
                Category = ServiceCategories.Kependudukan,
                Level = ServiceLevel.Desa,
                Requirements = "KTP\nKK",
                Procedure = "Ajukan",
                Product = "Surat",
                CreatedAt = now,
                UpdatedAt = now,
            };
            var version = new WorkflowVersion
            {
                ServiceId = service.Id,
                Number = 1,
                CreatedAt = now,
                CreatedBy = "uji",
                IsCurrent = true,
                Steps = [new WorkflowStep { Order = 1, Name = "Verifikasi desa", Level = ServiceLevel.Desa, Role = "DesaOperator", SlaWorkingDays = 1 }],
                Fields =
                [
                    new FormField { Order = 1, Key = "keperluan", Label = "Keperluan", Type = FieldType.Choice, Required = true, Choices = ["Bank", "Sekolah"] },
                    new FormField { Order = 2, Key = "scan_kk", Label = "Scan KK", Type = FieldType.File, Required = true, MaxBytes = 2_000_000 },
                ],
            };
            db.Services.Add(service);
            await db.SaveChangesAsync();
            version.ServiceId = service.Id;
            db.WorkflowVersions.Add(version);
            db.Holidays.Add(new Holiday { Date = new DateOnly(2026, 12, 25), Name = "Hari Raya Natal" });
            var application = new Application
            {
                Number = "UJI-0001",
                ServiceId = service.Id,
                WorkflowVersionId = version.Id,
                ApplicantNik = "3510011705900001",
                ApplicantName = "Uji",
                VillageCode = "35.10.15.2004",
                Status = ApplicationStatus.Submitted,
                CurrentStep = 1,
                StepDueOn = new DateOnly(2026, 11, 24),
                SubmittedAt = now,
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, At = now, Action = "submitted", ActorName = "Uji" });
            db.ApplicationFiles.Add(new ApplicationFile
            {
                ApplicationId = application.Id,
                FieldKey = "scan_kk",
                FileName = "kk.pdf",
                ContentType = "application/pdf",
                Length = 5,
                Sha256 = new string('0', 64),
                Content = "%PDF-"u8.ToArray(),
                UploadedAt = now,
            });
            await db.SaveChangesAsync();
            return service.Id;
        }, tenant);

        await WithServices(async db =>
        {
            var version = await db.WorkflowVersions.Include(v => v.Steps).Include(v => v.Fields).SingleAsync(v => v.ServiceId == serviceId);
            Assert.Equal("DesaOperator", Assert.Single(version.Steps).Role);
            Assert.Equal(["Bank", "Sekolah"], version.Fields.Single(f => f.Key == "keperluan").Choices);
            Assert.Equal(new DateOnly(2026, 12, 25), (await db.Holidays.SingleAsync()).Date);
            var application = await db.Applications.SingleAsync();
            Assert.Equal(ApplicationStatus.Submitted, application.Status);
            Assert.Equal("submitted", (await db.ApplicationEvents.SingleAsync()).Action);
            Assert.Equal(5, (await db.ApplicationFiles.SingleAsync()).Content.Length);
            return 0;
        }, tenant);

        Assert.False(await WithServices(db => db.Services.AnyAsync(s => s.Id == serviceId)));
        Assert.True(await app.WithDb(db => db.AuditRecords.AnyAsync(r => r.Subject == nameof(Service) && r.Action == "created"), tenant));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicServicesDbTestsOnSqlite(SqliteApp app) : PublicServicesDbTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PublicServicesDbTestsOnPostgres(PostgresApp app) : PublicServicesDbTests(app);
