using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.People;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SocialProtection;

/// <summary>Test data for programs and targeting: registry households written directly, programs and runs through the API.</summary>
internal static class PerlinsosPrograms
{
    public const string Kemiren = "35.10.15.2004";
    public const string WargaNik = "3510155705900001";

    private static int _serial = Random.Shared.Next(1000, 9000);

    public static string NewNik() => "3510" + (Interlocked.Increment(ref _serial) % 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture) + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NewCode(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public sealed record Person(string Nik, string Name, Relationship Relationship, DateOnly Born, bool Pregnant = false, bool IsAsn = false, bool Deceased = false);

    /// <summary>A household in a village with its members (default: a head of 40 and a school-age child).</summary>
    public static async Task<(int Id, string Kk, List<Person> Members)> HouseholdAsync(this PamongApp app, string village, int? decile, long? income = 1_000_000,
        int? electricityVa = 450, params Person[] members)
    {
        if (members.Length == 0)
        {
            members = [new(NewNik(), "Sutrisno", Relationship.Head, new DateOnly(1986, 3, 1)), new(NewNik(), "Dewi Lestari", Relationship.Child, new DateOnly(2014, 6, 1))];
        }

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        var kk = NewNik();
        var household = new Household
        {
            KkNumber = kk,
            VillageCode = village,
            Rt = "002",
            Rw = "001",
            Address = "Jl. Kopi",
            WelfareDecile = decile,
            MonthlyIncome = income,
            ElectricityVa = electricityVa,
            Source = HouseholdSource.Import,
            RegisteredBy = "test",
            RegisteredAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
            Members = members.Select(m => new Member
            {
                Nik = m.Nik,
                Name = m.Name,
                NormalizedName = IndonesianName.Normalize(m.Name),
                BirthPlace = "Banyuwangi",
                BirthDate = m.Born,
                Sex = Sex.Female,
                Relationship = m.Relationship,
                Pregnant = m.Pregnant,
                IsAsn = m.IsAsn,
                IsDeceased = m.Deceased,
                RegisteredAt = app.Clock.GetUtcNow(),
                UpdatedAt = app.Clock.GetUtcNow(),
            }).ToList(),
        };
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return (household.Id, kk, members.ToList());
    }

    /// <summary>Creates a program through the API (as the Dinas Sosial operator's client) and returns its code.</summary>
    public static async Task<string> ProgramAsync(this HttpClient dinsos, int? maxDecile = 4, string[]? required = null, int? quota = null,
        string[]? exclusiveWith = null, int priority = 100, string? village = null, int appealDays = 30)
    {
        var code = NewCode();
        var response = await dinsos.PostAsJsonAsync("/api/v1/perlinsos/programs", new
        {
            code,
            name = "Bantuan " + code,
            maxDecile,
            requiredCriteria = required ?? ["SchoolAgeChild", "Elderly60"],
            benefitPerStage = 300_000,
            stagesPerYear = 4,
            priority,
            exclusiveWith = exclusiveWith ?? [],
            appealDays,
            quotas = village is null || quota is null ? Array.Empty<object>() : [new { villageCode = village, quota }],
            components = new[] { new { name = "Anak sekolah", criterion = "SchoolAgeChild", amount = 100_000 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    /// <summary>Starts a run and waits for the background job to finish it; returns the run.</summary>
    public static async Task<JsonElement> RunAsync(this HttpClient dinsos, string program, string period = "2026")
    {
        var started = await dinsos.PostAsJsonAsync("/api/v1/perlinsos/runs", new { program, period });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.JsonAsync()).GetProperty("id").GetInt32();
        for (var i = 0; i < 300; i++)
        {
            var run = await (await dinsos.GetAsync($"/api/v1/perlinsos/runs/{id}")).JsonAsync();
            var status = run.GetProperty("status").GetString();
            if (status != "Running")
            {
                Assert.True(status == "Completed", $"The run ended {status}: {run.GetProperty("error")}");
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The targeting run did not finish.");
    }

    public static async Task<JsonElement> ApproveAsync(this HttpClient dinsos, int runId)
    {
        var response = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/runs/{runId}/approve", new { note = "Rapat penetapan Dinas Sosial" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> DecisionAsync(this HttpClient client, int runId, int householdId) =>
        await (await client.GetAsync($"/api/v1/perlinsos/runs/{runId}/decisions/{householdId}")).JsonAsync();

    /// <summary>A minimal valid PDF, JPEG and PNG (only the first bytes matter to the sniffer).</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0xFF, 0xD9];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
}
