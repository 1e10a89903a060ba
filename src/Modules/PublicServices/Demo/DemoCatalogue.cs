using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Demo;

/// <summary>
/// The demo Pemda's service catalogue (demo data resembling Banyuwangi's services, not an official list) and
/// its 2026 holidays. Adds only what is missing, so it is safe to run at every start.
/// </summary>
internal sealed class DemoCatalogue(IOptions<DemoOptions> options, TimeProvider clock) : IStartupStep
{
    public const string TenantId = "banyuwangi";

    /// <summary>The desa → kecamatan service with an upload, for the main journey.</summary>
    public const string JourneyService = "sktm";

    public static IReadOnlyList<DemoService> Services { get; } =
        [.. DemoVillageServices.All, .. DemoDistrictServices.All, .. DemoAgencyServices.All];

    private static readonly (string Date, string Name)[] Holidays2026 =
    [
        ("2026-01-01", "Tahun Baru 2026 Masehi"), ("2026-01-16", "Isra Mikraj Nabi Muhammad SAW"), ("2026-02-17", "Tahun Baru Imlek 2577 Kongzili"),
        ("2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948"), ("2026-03-20", "Idul Fitri 1447 Hijriah"), ("2026-03-21", "Idul Fitri 1447 Hijriah"),
        ("2026-04-03", "Wafat Yesus Kristus"), ("2026-05-01", "Hari Buruh Internasional"), ("2026-05-14", "Kenaikan Yesus Kristus"),
        ("2026-05-27", "Idul Adha 1447 Hijriah"), ("2026-05-31", "Hari Raya Waisak 2570 BE"), ("2026-06-01", "Hari Lahir Pancasila"),
        ("2026-06-16", "Tahun Baru Islam 1448 Hijriah"), ("2026-08-17", "Hari Kemerdekaan Republik Indonesia"), ("2026-08-25", "Maulid Nabi Muhammad SAW"),
        ("2026-12-18", "Hari Jadi Kabupaten Banyuwangi"), ("2026-12-25", "Hari Raya Natal"),
    ];

    public int Order => 70;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(TenantId);
        var db = scope.ServiceProvider.GetRequiredService<PublicServicesDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = (await db.Services.Select(s => s.Code).ToListAsync(ct)).ToHashSet();
        foreach (var demo in Services.Where(s => !existing.Contains(s.Code)))
        {
            var service = new Service
            {
                Id = Guid.NewGuid(),
                Code = demo.Code,
                Name = demo.Name,
                Category = demo.Category,
                Level = demo.Level,
                OwnerUnitCode = demo.Owner,
                Summary = demo.Summary,
                LegalBasis = string.Join('\n', demo.LegalBasis.Split('\n').Distinct()),
                Requirements = string.Join('\n', demo.Requirements),
                Procedure = string.Join('\n', demo.Procedure),
                TimeLimitWorkingDays = demo.Days,
                Fee = demo.Fee,
                Product = demo.Product,
                ComplaintChannel = DemoParts.Complaints,
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
                CreatedBy = "Data demo",
                IsCurrent = true,
                Note = "Alur awal data demo.",
                Steps = [.. demo.Steps.Select(Copy)],
                Fields = [.. demo.Fields.Select((f, i) => Copy(f, i + 1))],
            });
        }

        var holidays = (await db.Holidays.Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        foreach (var (date, name) in Holidays2026)
        {
            var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (holidays.Add(day))
            {
                db.Holidays.Add(new Holiday { Id = Guid.NewGuid(), Date = day, Name = name });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    // The demo arrays are shared: each stored version gets its own copies.
    private static WorkflowStep Copy(WorkflowStep s) => new()
    {
        Order = s.Order,
        Name = s.Name,
        Level = s.Level,
        Role = s.Role,
        UnitCode = s.UnitCode,
        SlaWorkingDays = s.SlaWorkingDays,
        AllowReturn = s.AllowReturn,
        AllowReject = s.AllowReject,
        AllowBulkApprove = s.AllowBulkApprove,
    };

    private static FormField Copy(FormField f, int order) => new()
    {
        Order = order,
        Key = f.Key,
        Label = f.Label,
        Type = f.Type,
        Required = f.Required,
        Choices = [.. f.Choices],
        Min = f.Min,
        Max = f.Max,
        MaxLength = f.MaxLength,
        Hint = f.Hint,
        MaxBytes = f.MaxBytes,
    };
}
