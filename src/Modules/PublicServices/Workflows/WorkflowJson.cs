using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Workflows;

/// <summary>A workflow version as the API returns it.</summary>
public sealed record WorkflowJson(int Number, DateTime CreatedAt, string CreatedBy, string? Note, bool IsCurrent,
    IReadOnlyList<WorkflowJson.Step> Steps, IReadOnlyList<WorkflowJson.Field> Fields)
{
    public sealed record Step(int Order, string Name, ServiceLevel Level, string Role, string? UnitCode, int SlaWorkingDays,
        bool AllowReturn, bool AllowReject, bool AllowBulkApprove);

    public sealed record Field(int Order, string Key, string Label, FieldType Type, bool Required, IReadOnlyList<string> Choices,
        decimal? Min, decimal? Max, int? MaxLength, string? Hint, long? MaxBytes);

    public static WorkflowJson From(WorkflowVersion v) => new(v.Number, v.CreatedAt, v.CreatedBy, v.Note, v.IsCurrent,
        [.. v.Steps.OrderBy(s => s.Order).Select(s => new Step(s.Order, s.Name, s.Level, s.Role, s.UnitCode, s.SlaWorkingDays, s.AllowReturn, s.AllowReject, s.AllowBulkApprove))],
        [.. v.Fields.OrderBy(f => f.Order).Select(f => new Field(f.Order, f.Key, f.Label, f.Type, f.Required, f.Choices, f.Min, f.Max, f.MaxLength, f.Hint, f.MaxBytes))]);
}
