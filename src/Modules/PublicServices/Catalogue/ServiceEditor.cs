using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Catalogue;

/// <summary>Creates and changes services and their standard, and publishes or withdraws them (audited).</summary>
public sealed partial class ServiceEditor(PublicServicesDb db, OpdUnits opd, WorkflowEditor workflows, AuditActor actor, TimeProvider clock,
    IStringLocalizer<PublicServicesText> text)
{
    /// <summary>Words the module's own addresses use under /layanan/, never service codes.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "baru", "hari-libur", "lacak", "permohonan", "antrean", "dasbor", "ikm", "survei", "dokumen", "verifikasi",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public async Task<Outcome<Service>> CreateAsync(ServiceInput input, string createdBy, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = input.Code?.Trim().ToLowerInvariant() ?? "";
        if (code.Length is 0 or > 80 || !Slug().IsMatch(code) || Reserved.Contains(code))
        {
            errors.Add(nameof(input.Code), text["CodeInvalid"]);
        }
        else if (await db.Services.AnyAsync(s => s.Code == code, ct))
        {
            errors.Add(nameof(input.Code), text["CodeTaken", code]);
        }

        await CheckAsync(input, errors, ct);
        if (errors.Any)
        {
            return Refusal.Invalid("service_invalid", text["CheckFields"], errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var service = new Service { Id = Guid.NewGuid(), Code = code, CreatedAt = now };
        Apply(input, service, now);
        db.Services.Add(service);
        db.WorkflowVersions.Add(workflows.FirstVersion(service, createdBy, now));
        await db.SaveChangesAsync(ct);
        return service;
    }

    public async Task<Outcome<Service>> UpdateAsync(string code, ServiceInput input, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Code == code, ct);
        if (service is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        await CheckAsync(input, errors, ct);
        if (errors.Any)
        {
            return Refusal.Invalid("service_invalid", text["CheckFields"], errors.ToDictionary());
        }

        Apply(input, service, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return service;
    }

    /// <summary>Publishes a service (it appears in the public catalogue and takes applications) or withdraws it.</summary>
    public async Task<Outcome<Service>> SetPublishedAsync(string code, bool published, string? reason, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Code == code, ct);
        if (service is null)
        {
            return NotFound();
        }

        if (published && !await db.WorkflowSteps.AnyAsync(st => db.WorkflowVersions.Any(v => v.Id == st.WorkflowVersionId && v.ServiceId == service.Id && v.IsCurrent), ct))
        {
            return Refusal.Conflict("service_without_workflow", text["PublishNeedsWorkflow"]);
        }

        service.IsPublished = published;
        service.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        actor.GiveReason(reason);
        await db.SaveChangesAsync(ct);
        return service;
    }

    private Refusal NotFound() => Refusal.NotFound("service_not_found", text["ServiceNotFound"]);

    private async Task CheckAsync(ServiceInput input, FieldErrors errors, CancellationToken ct)
    {
        Required(input.Name, nameof(input.Name), 200, errors);
        if (input.Category is null || !ServiceCategories.All.Contains(input.Category))
        {
            errors.Add(nameof(input.Category), text["CategoryInvalid"]);
        }

        if (!Enum.TryParse<ServiceLevel>(input.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            errors.Add(nameof(input.Level), text["LevelInvalid"]);
        }
        else if (level == ServiceLevel.Opd)
        {
            var units = await opd.NamesAsync(ct);
            if (string.IsNullOrWhiteSpace(input.OwnerUnitCode) || !units.ContainsKey(input.OwnerUnitCode.Trim()))
            {
                errors.Add(nameof(input.OwnerUnitCode), text["OwnerUnitInvalid"]);
            }
        }

        Optional(input.Summary, nameof(input.Summary), 1000, errors);
        Required(input.LegalBasis, nameof(input.LegalBasis), 4000, errors);
        Required(input.Requirements, nameof(input.Requirements), 4000, errors);
        Required(input.Procedure, nameof(input.Procedure), 4000, errors);
        Required(input.Product, nameof(input.Product), 1000, errors);
        Required(input.ComplaintChannel, nameof(input.ComplaintChannel), 1000, errors);
        if (input.TimeLimitWorkingDays is not (>= 0 and <= 365))
        {
            errors.Add(nameof(input.TimeLimitWorkingDays), text["TimeLimitInvalid"]);
        }

        if (input.Fee is not (>= 0 and <= 1_000_000_000))
        {
            errors.Add(nameof(input.Fee), text["FeeInvalid"]);
        }
    }

    private void Required(string? value, string field, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, text["FieldRequired"]);
        }
        else
        {
            Optional(value, field, max, errors);
        }
    }

    private void Optional(string? value, string field, int max, FieldErrors errors)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(field, text["TooLong", max]);
        }
    }

    private static void Apply(ServiceInput input, Service s, DateTime now)
    {
        s.Name = input.Name!.Trim();
        s.Category = input.Category!;
        s.Level = Enum.Parse<ServiceLevel>(input.Level!, ignoreCase: true);
        s.OwnerUnitCode = s.Level == ServiceLevel.Opd ? input.OwnerUnitCode!.Trim() : null;
        s.Summary = input.Summary?.Trim() ?? "";
        s.LegalBasis = Lines(input.LegalBasis);
        s.Requirements = Lines(input.Requirements);
        s.Procedure = Lines(input.Procedure);
        s.TimeLimitWorkingDays = input.TimeLimitWorkingDays!.Value;
        s.Fee = input.Fee!.Value;
        s.Product = input.Product!.Trim();
        s.ComplaintChannel = input.ComplaintChannel!.Trim();
        s.UpdatedAt = now;
    }

    /// <summary>Trims each line, drops empty ones and unifies line ends.</summary>
    private static string Lines(string? value) =>
        string.Join('\n', (value ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
