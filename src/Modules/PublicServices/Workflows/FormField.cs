using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Workflows;

/// <summary>One typed field of a service's application form (part of a workflow version).</summary>
public sealed class FormField : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid WorkflowVersionId { get; set; }
    public int Order { get; set; }

    /// <summary>The answer's key (lowercase letters, digits, '_'), stable across versions when the meaning stays.</summary>
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public FieldType Type { get; set; }
    public bool Required { get; set; }

    /// <summary>The allowed answers of a Choice field.</summary>
    public List<string> Choices { get; set; } = [];

    /// <summary>Bounds of a Number field.</summary>
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }

    /// <summary>The longest Text answer.</summary>
    public int? MaxLength { get; set; }
    public string? Hint { get; set; }

    /// <summary>The largest upload of a File field, in bytes.</summary>
    public long? MaxBytes { get; set; }
}
