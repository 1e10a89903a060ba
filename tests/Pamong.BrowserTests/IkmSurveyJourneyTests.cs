using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pamong.Platform.Accounts;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.BrowserTests;

/// <summary>A citizen fills the satisfaction survey of a completed application; the IKM report of the village then shows it.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class IkmSurveyJourneyTests(LiveApp app)
{
    [SkippableFact]
    public async Task A_survey_is_filled_for_a_completed_application_and_the_ikm_report_shows_it()
    {
        Skip.If(LiveApp.Unavailable is not null, LiveApp.Unavailable);
        var number = await CompletedApplicationOfWargaAsync();
        var page = await app.NewPhonePageAsync();
        await LiveApp.Journey(page, "ikm-survey", async () =>
        {
            await LiveApp.SignInAsync(page, "warga");
            await page.GotoAsync($"/layanan/permohonan/{number}/survei");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Survei Kepuasan Masyarakat");
            for (var i = 0; i < 9; i++)
            {
                await page.Locator($"#answer-{i}-{(i == 2 ? 3 : 4)}").CheckAsync();
            }

            await page.GetByLabel("Jenis kelamin").SelectOptionAsync("P");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "ikm-survey-phone.png"), FullPage = true });
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim survei" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("survei Anda sudah tersimpan");

            // Σ NRR = 8 × 4 + 3 = 35; IKM = 35/9 = 3.889; converted 97.22; grade A.
            await page.GotoAsync($"/layanan/ikm?unit=35.10.15.2004");
            await Assertions.Expect(page.Locator(".ikm-figures")).ToContainTextAsync("3,889");
            await Assertions.Expect(page.Locator(".ikm-figures")).ToContainTextAsync("97,22");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "ikm-public-phone.png"), FullPage = true });
        });

        var desktop = await app.NewPageAsync();
        await LiveApp.Journey(desktop, "ikm-report", async () =>
        {
            await LiveApp.SignInAsync(desktop, "pimpinan");
            await desktop.GotoAsync("/layanan/ikm/laporan?unit=35.10.15.2004");
            await Assertions.Expect(desktop.Locator(".ikm-figures")).ToContainTextAsync("3,889");
            await Assertions.Expect(desktop.Locator("svg[role=img]").First).ToBeVisibleAsync();
            await Assertions.Expect(desktop.GetByRole(AriaRole.Table).Last).ToContainTextAsync("Layanan Uji Survei");
            await desktop.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "ikm-report.png"), FullPage = true });
            var pdf = await desktop.RunAndWaitForDownloadAsync(() => desktop.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
            Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);

            await desktop.GotoAsync("/layanan/dasbor");
            await Assertions.Expect(desktop.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dasbor layanan publik");
            await desktop.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.ScreenshotFolder, "service-dashboard.png"), FullPage = true });

            Skip.If(Accessibility.Unavailable is not null, Accessibility.Unavailable);
            var violations = await Accessibility.ViolationsAsync(desktop);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        });
    }

    /// <summary>Written straight into the module's tables (the application workflow has its own journey test).</summary>
    private async Task<string> CompletedApplicationOfWargaAsync()
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var db = scope.ServiceProvider.GetRequiredService<PublicServicesDb>();
        var warga = await scope.ServiceProvider.GetRequiredService<UserManager<PamongUser>>().FindByNameAsync("warga");
        var now = DateTime.UtcNow;
        var service = new Service
        {
            Code = "uji-survei-" + Guid.NewGuid().ToString("N")[..6],
            Name = "Layanan Uji Survei",
            Category = ServiceCategories.Umum,
            Level = ServiceLevel.Desa,
            TimeLimitWorkingDays = 3,
            Requirements = "KTP",
            Procedure = "Ajukan",
            Product = "Surat",
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Services.Add(service);
        await db.SaveChangesAsync();
        var version = new WorkflowVersion
        {
            ServiceId = service.Id,
            Number = 1,
            CreatedAt = now,
            CreatedBy = "uji",
            IsCurrent = true,
            Steps = [new WorkflowStep { Order = 1, Name = "Verifikasi desa", Level = ServiceLevel.Desa, Role = Roles.DesaOperator, SlaWorkingDays = 3 }],
        };
        db.WorkflowVersions.Add(version);
        await db.SaveChangesAsync();
        var application = new Application
        {
            Number = "UJI-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ServiceId = service.Id,
            WorkflowVersionId = version.Id,
            ApplicantNik = "3510154101900001",
            ApplicantName = "Warga Uji",
            ApplicantUserId = warga!.Id,
            Channel = ApplicationChannel.Online,
            VillageCode = "35.10.15.2004",
            Status = ApplicationStatus.Completed,
            CurrentStep = 1,
            SubmittedAt = now.AddDays(-3),
            CompletedAt = now.AddDays(-1),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Number;
    }
}
