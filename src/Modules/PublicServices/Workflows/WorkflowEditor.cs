using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Workflows;

/// <summary>
/// Saves a service's workflow and form as a NEW version that becomes current; earlier versions stay
/// unchanged for the applications that started on them.
/// </summary>
public sealed partial class WorkflowEditor(PublicServicesDb db, OpdUnits opd, AuditActor actor, TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex FieldKey();

    /// <summary>The service's current version with its steps and fields, or null.</summary>
    public Task<WorkflowVersion?> CurrentAsync(Guid serviceId, CancellationToken ct) =>
        db.WorkflowVersions.AsNoTracking().Include(v => v.Steps).Include(v => v.Fields)
            .Where(v => v.ServiceId == serviceId && v.IsCurrent).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<WorkflowVersion>> HistoryAsync(Guid serviceId, CancellationToken ct) =>
        await db.WorkflowVersions.AsNoTracking().Include(v => v.Steps).Include(v => v.Fields)
            .Where(v => v.ServiceId == serviceId).OrderByDescending(v => v.Number).AsSplitQuery().ToListAsync(ct);

    public async Task<Outcome<WorkflowVersion>> SaveAsync(string serviceCode, WorkflowInput input, string createdBy, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Code == serviceCode, ct);
        if (service is null)
        {
            return Refusal.NotFound("service_not_found", text["ServiceNotFound"]);
        }

        var errors = new FieldErrors();
        var steps = await CheckStepsAsync(input.Steps, errors, ct);
        var fields = CheckFields(input.Fields, errors);
        if (input.Note?.Trim().Length > 1000)
        {
            errors.Add(nameof(input.Note), text["TooLong", 1000]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("workflow_invalid", text["CheckFields"], errors.ToDictionary());
        }

        var previous = await db.WorkflowVersions.Where(v => v.ServiceId == service.Id).ToListAsync(ct);
        foreach (var old in previous.Where(v => v.IsCurrent))
        {
            old.IsCurrent = false;
        }

        var version = new WorkflowVersion
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            Number = previous.Count == 0 ? 1 : previous.Max(v => v.Number) + 1,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            IsCurrent = true,
            Steps = steps,
            Fields = fields,
        };
        db.WorkflowVersions.Add(version);
        actor.GiveReason(version.Note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict("workflow_version_conflict", text["VersionConflict"]);
        }

        return version;
    }

    /// <summary>The version 1 a new service starts with: the usual route for its level, and no form fields.</summary>
    public WorkflowVersion FirstVersion(Service service, string createdBy, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        ServiceId = service.Id,
        Number = 1,
        CreatedAt = now,
        CreatedBy = createdBy,
        IsCurrent = true,
        Steps = service.Level switch
        {
            ServiceLevel.Desa => [Step(1, text["DefaultDesaStep"], ServiceLevel.Desa, Roles.DesaOperator, null, Math.Max(1, service.TimeLimitWorkingDays))],
            ServiceLevel.Kecamatan =>
            [
                Step(1, text["DefaultDesaVerification"], ServiceLevel.Desa, Roles.DesaOperator, null, 1),
                Step(2, text["DefaultKecamatanStep"], ServiceLevel.Kecamatan, Roles.KecamatanOperator, null, Math.Max(1, service.TimeLimitWorkingDays - 1)),
            ],
            _ => [Step(1, text["DefaultOpdStep"], ServiceLevel.Opd, Roles.OpdOperator, service.OwnerUnitCode, Math.Max(1, service.TimeLimitWorkingDays))],
        },
    };

    private static WorkflowStep Step(int order, string name, ServiceLevel level, string role, string? unit, int sla) =>
        new() { Order = order, Name = name, Level = level, Role = role, UnitCode = unit, SlaWorkingDays = sla };

    private async Task<List<WorkflowStep>> CheckStepsAsync(List<StepInput> inputs, FieldErrors errors, CancellationToken ct)
    {
        var steps = new List<WorkflowStep>();
        if (inputs.Count == 0)
        {
            errors.Add("Steps", text["StepsRequired"]);
        }
        else if (inputs.Count > WorkflowRules.MaxSteps)
        {
            errors.Add("Steps", text["TooManySteps", WorkflowRules.MaxSteps]);
        }

        var units = await opd.NamesAsync(ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = $"Steps[{i}].";
            var name = input.Name?.Trim() ?? "";
            if (name.Length is 0 or > 200)
            {
                errors.Add(at + nameof(input.Name), text["StepNameRequired", i + 1]);
            }

            var levelOk = Enum.TryParse<ServiceLevel>(input.Level, ignoreCase: true, out var level) && Enum.IsDefined(level);
            if (!levelOk)
            {
                errors.Add(at + nameof(input.Level), text["StepLevelInvalid", i + 1]);
            }
            else if (input.Role is null || !WorkflowRules.RolesByLevel[level].Contains(input.Role))
            {
                errors.Add(at + nameof(input.Role), text["StepRoleInvalid", i + 1, string.Join(", ", WorkflowRules.RolesByLevel[level])]);
            }

            var unit = string.IsNullOrWhiteSpace(input.UnitCode) ? null : input.UnitCode.Trim();
            if (levelOk && level == ServiceLevel.Opd && (unit is null || !units.ContainsKey(unit)))
            {
                errors.Add(at + nameof(input.UnitCode), text["StepUnitInvalid", i + 1]);
            }

            if (input.SlaWorkingDays is not (>= 0 and <= WorkflowRules.MaxSlaWorkingDays))
            {
                errors.Add(at + nameof(input.SlaWorkingDays), text["StepSlaInvalid", i + 1, WorkflowRules.MaxSlaWorkingDays]);
            }

            steps.Add(new WorkflowStep
            {
                Order = i + 1,
                Name = name,
                Level = level,
                Role = input.Role ?? "",
                UnitCode = levelOk && level == ServiceLevel.Opd ? unit : null,
                SlaWorkingDays = input.SlaWorkingDays ?? 0,
                AllowReturn = input.AllowReturn,
                AllowReject = input.AllowReject,
                AllowBulkApprove = input.AllowBulkApprove,
            });
        }

        return steps;
    }

    private List<FormField> CheckFields(List<FieldInput> inputs, FieldErrors errors)
    {
        var fields = new List<FormField>();
        if (inputs.Count > WorkflowRules.MaxFields)
        {
            errors.Add("Fields", text["TooManyFields", WorkflowRules.MaxFields]);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = $"Fields[{i}].";
            var key = input.Key?.Trim() ?? "";
            if (!FieldKey().IsMatch(key))
            {
                errors.Add(at + nameof(input.Key), text["FieldKeyInvalid", i + 1]);
            }
            else if (!keys.Add(key))
            {
                errors.Add(at + nameof(input.Key), text["FieldKeyTwice", key]);
            }

            var label = input.Label?.Trim() ?? "";
            if (label.Length is 0 or > 200)
            {
                errors.Add(at + nameof(input.Label), text["FieldLabelRequired", i + 1]);
            }

            if (!Enum.TryParse<FieldType>(input.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                errors.Add(at + nameof(input.Type), text["FieldTypeInvalid", i + 1]);
            }

            var choices = (input.Choices ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
            if (type == FieldType.Choice && (choices.Count == 0 || choices.Any(c => c.Length > 200)))
            {
                errors.Add(at + nameof(input.Choices), text["FieldChoicesRequired", i + 1]);
            }

            if (input.Min is { } min && input.Max is { } max && min > max)
            {
                errors.Add(at + nameof(input.Max), text["FieldRangeInvalid", i + 1]);
            }

            if (input.MaxLength is < 1 or > 4000)
            {
                errors.Add(at + nameof(input.MaxLength), text["FieldMaxLengthInvalid", i + 1]);
            }

            if (input.MaxBytes is < 1024 or > WorkflowRules.MaxFileBytes)
            {
                errors.Add(at + nameof(input.MaxBytes), text["FieldMaxBytesInvalid", i + 1, WorkflowRules.MaxFileBytes / (1024 * 1024)]);
            }

            if (input.Hint?.Trim().Length > 500)
            {
                errors.Add(at + nameof(input.Hint), text["TooLong", 500]);
            }

            fields.Add(new FormField
            {
                Order = i + 1,
                Key = key,
                Label = label,
                Type = type,
                Required = input.Required,
                Choices = type == FieldType.Choice ? choices : [],
                Min = type == FieldType.Number ? input.Min : null,
                Max = type == FieldType.Number ? input.Max : null,
                MaxLength = type == FieldType.Text ? input.MaxLength : null,
                Hint = string.IsNullOrWhiteSpace(input.Hint) ? null : input.Hint.Trim(),
                MaxBytes = type == FieldType.File ? input.MaxBytes ?? WorkflowRules.DefaultFileBytes : null,
            });
        }

        return fields;
    }
}
