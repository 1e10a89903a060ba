using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Admin;

/// <summary>One row of the workflow editor's step table (blank or "remove" rows are left out when saving).</summary>
public sealed class StepRow
{
    public int? Order { get; set; }
    public string? Name { get; set; }
    public string? Level { get; set; }
    public string? Role { get; set; }
    public string? UnitCode { get; set; }
    public int? SlaWorkingDays { get; set; }
    public bool AllowReturn { get; set; } = true;
    public bool AllowReject { get; set; } = true;
    public bool AllowBulkApprove { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Level) && string.IsNullOrWhiteSpace(Role);

    public static StepRow From(StepInput s, int order) => new()
    {
        Order = order,
        Name = s.Name,
        Level = s.Level,
        Role = s.Role,
        UnitCode = s.UnitCode,
        SlaWorkingDays = s.SlaWorkingDays,
        AllowReturn = s.AllowReturn,
        AllowReject = s.AllowReject,
        AllowBulkApprove = s.AllowBulkApprove,
    };

    public StepInput ToInput() => new()
    {
        Name = Name,
        Level = Level,
        Role = Role,
        UnitCode = UnitCode,
        SlaWorkingDays = SlaWorkingDays,
        AllowReturn = AllowReturn,
        AllowReject = AllowReject,
        AllowBulkApprove = AllowBulkApprove,
    };
}
