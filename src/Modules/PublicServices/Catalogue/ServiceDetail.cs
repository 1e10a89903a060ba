using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Catalogue;

/// <summary>A service with its standard and its current workflow (steps and form fields), as the API returns it.</summary>
public sealed record ServiceDetail(
    string Code, string Name, string Category, ServiceLevel Level, string? OwnerUnitCode, string? OwnerUnitName, string Summary,
    string LegalBasis, IReadOnlyList<string> Requirements, IReadOnlyList<string> Procedure, int TimeLimitWorkingDays, decimal Fee,
    string Product, string ComplaintChannel, bool IsPublished, WorkflowJson? Workflow)
{
    public static ServiceDetail From(Service s, string? ownerName, WorkflowVersion? current) => new(
        s.Code, s.Name, s.Category, s.Level, s.OwnerUnitCode, ownerName, s.Summary, s.LegalBasis, SplitLines(s.Requirements),
        SplitLines(s.Procedure), s.TimeLimitWorkingDays, s.Fee, s.Product, s.ComplaintChannel, s.IsPublished,
        current is null ? null : WorkflowJson.From(current));

    public static IReadOnlyList<string> SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
