using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Notifications;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices.Applications;

/// <summary>Services made by the tests themselves (desa verification → kecamatan approval), and helpers to apply and look.</summary>
public static partial class ServiceFixtures
{
    public const string WargaNik = "3510155705900001";
    public const string Kemiren = "35.10.15.2004";
    public const string Olehsari = "35.10.15.2005";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
    public static readonly byte[] NotAPdf = "MZ this is not a pdf at all"u8.ToArray();

    /// <summary>A published service with a current workflow: desa verification (bulk allowed unless said) → kecamatan approval.</summary>
    public static async Task<string> CreateServiceAsync(this PamongApp app, bool bulkAtDesa = true, int desaSla = 2, int kecamatanSla = 3)
    {
        var code = "uji-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithModule(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var service = new Service
            {
                Id = Guid.NewGuid(),
                Code = code,
                Name = "Surat Keterangan Uji " + code[4..],
                Category = ServiceCategories.Umum,
                Level = ServiceLevel.Desa,
                Summary = "Uji",
                Requirements = "KTP",
                Procedure = "Ajukan",
                Product = "Surat",
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Services.Add(service);
            db.WorkflowVersions.Add(new WorkflowVersion
            {
                Id = Guid.NewGuid(),
                ServiceId = service.Id,
                Number = 1,
                CreatedAt = now,
                CreatedBy = "uji",
                IsCurrent = true,
                Steps =
                [
                    new WorkflowStep { Order = 1, Name = "Verifikasi desa", Level = ServiceLevel.Desa, Role = Roles.DesaOperator, SlaWorkingDays = desaSla, AllowBulkApprove = bulkAtDesa },
                    new WorkflowStep { Order = 2, Name = "Persetujuan kecamatan", Level = ServiceLevel.Kecamatan, Role = Roles.KecamatanOperator, SlaWorkingDays = kecamatanSla },
                ],
                Fields =
                [
                    new FormField { Order = 1, Key = "keperluan", Label = "Keperluan", Type = FieldType.Text, Required = true, MaxLength = 200 },
                    new FormField { Order = 2, Key = "jumlah", Label = "Jumlah anggota keluarga", Type = FieldType.Number, Min = 1, Max = 20 },
                    new FormField { Order = 3, Key = "lampiran", Label = "Scan KK", Type = FieldType.File, Required = true, MaxBytes = 100_000 },
                ],
            });
            await db.SaveChangesAsync();
            return 0;
        });
        return code;
    }

    public static async Task<T> WithModule<T>(this PamongApp app, Func<PublicServicesDb, Task<T>> work, string tenant = "banyuwangi")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PublicServicesDb>());
    }

    public static Task<Application> ApplicationAsync(this PamongApp app, string number) =>
        app.WithModule(db => db.Applications.AsNoTracking().SingleAsync(a => a.Number == number));

    public static Task<List<ApplicationEvent>> EventsAsync(this PamongApp app, string number) =>
        app.WithModule(db => db.ApplicationEvents.AsNoTracking()
            .Where(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.Number == number)).OrderBy(e => e.At).ToListAsync());

    /// <summary>The outbox messages that mention the application number.</summary>
    public static Task<List<OutboxMessage>> NoticesAsync(this PamongApp app, string number) =>
        app.WithDb(db => db.OutboxMessages.AsNoTracking().Where(m => m.Body.Contains(number)).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Posts a multipart form the way a browser does (antiforgery token from the page first).</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, Dictionary<string, string> fields,
        params (string Name, string FileName, byte[] Content)[] files)
    {
        var page = await client.GetStringAsync(url);
        var token = Antiforgery().Match(page);
        using var form = new MultipartFormDataContent();
        if (token.Success)
        {
            form.Add(new StringContent(System.Net.WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, name, fileName);
        }

        return await client.PostAsync(url, form);
    }

    /// <summary>The citizen "warga" applies online; returns the new number.</summary>
    public static async Task<string> ApplyAsWargaAsync(this PamongApp app, HttpClient warga, string code, string keperluan = "Pengurusan beasiswa")
    {
        var response = await warga.PostMultipartAsync($"/layanan/{code}/ajukan", new() { ["a_keperluan"] = keperluan, ["a_jumlah"] = "4" }, ("f_lampiran", "kk.pdf", Pdf));
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("Apply failed: " + (int)response.StatusCode + " " + await response.Content.ReadAsStringAsync());
        return location.Split('/')[^1];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
