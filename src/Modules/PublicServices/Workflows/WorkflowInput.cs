namespace Pamong.PublicServices.Workflows;

/// <summary>A new version of a service's workflow and form, as the administrator enters it (page form and API body).</summary>
public sealed class WorkflowInput
{
    /// <summary>What changed and why (kept with the version and given as the audit reason).</summary>
    public string? Note { get; set; }
    public List<StepInput> Steps { get; set; } = [];
    public List<FieldInput> Fields { get; set; } = [];

    public static WorkflowInput From(WorkflowVersion v) => new()
    {
        Steps = [.. v.Steps.OrderBy(s => s.Order).Select(StepInput.From)],
        Fields = [.. v.Fields.OrderBy(f => f.Order).Select(FieldInput.From)],
    };
}

public sealed class StepInput
{
    public string? Name { get; set; }

    /// <summary>Desa, Kecamatan or Opd.</summary>
    public string? Level { get; set; }
    public string? Role { get; set; }
    public string? UnitCode { get; set; }
    public int? SlaWorkingDays { get; set; }
    public bool AllowReturn { get; set; } = true;
    public bool AllowReject { get; set; } = true;
    public bool AllowBulkApprove { get; set; }

    public static StepInput From(WorkflowStep s) => new()
    {
        Name = s.Name,
        Level = s.Level.ToString(),
        Role = s.Role,
        UnitCode = s.UnitCode,
        SlaWorkingDays = s.SlaWorkingDays,
        AllowReturn = s.AllowReturn,
        AllowReject = s.AllowReject,
        AllowBulkApprove = s.AllowBulkApprove,
    };
}

public sealed class FieldInput
{
    public string? Key { get; set; }
    public string? Label { get; set; }

    /// <summary>Text, Number, Date, Choice, Nik or File.</summary>
    public string? Type { get; set; }
    public bool Required { get; set; }
    public List<string>? Choices { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MaxLength { get; set; }
    public string? Hint { get; set; }
    public long? MaxBytes { get; set; }

    public static FieldInput From(FormField f) => new()
    {
        Key = f.Key,
        Label = f.Label,
        Type = f.Type.ToString(),
        Required = f.Required,
        Choices = [.. f.Choices],
        Min = f.Min,
        Max = f.Max,
        MaxLength = f.MaxLength,
        Hint = f.Hint,
        MaxBytes = f.MaxBytes,
    };
}
