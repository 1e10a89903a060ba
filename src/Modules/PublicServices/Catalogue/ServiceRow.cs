namespace Pamong.PublicServices.Catalogue;

/// <summary>A service in the catalogue list (page and API).</summary>
public sealed record ServiceRow(string Code, string Name, string Category, ServiceLevel Level, string? OwnerUnitCode, string? OwnerUnitName,
    string Summary, int TimeLimitWorkingDays, decimal Fee, bool IsPublished);
