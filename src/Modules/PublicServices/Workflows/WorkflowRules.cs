using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Workflows;

/// <summary>Which roles may handle a step at each level, and the limits of form fields.</summary>
public static class WorkflowRules
{
    public static readonly IReadOnlyDictionary<ServiceLevel, string[]> RolesByLevel = new Dictionary<ServiceLevel, string[]>
    {
        [ServiceLevel.Desa] = [Roles.DesaOperator],
        [ServiceLevel.Kecamatan] = [Roles.KecamatanOperator],
        [ServiceLevel.Opd] = [Roles.OpdOperator, Roles.Pimpinan],
    };

    public static readonly IReadOnlyList<string> StepRoles = [Roles.DesaOperator, Roles.KecamatanOperator, Roles.OpdOperator, Roles.Pimpinan];

    public const int MaxSlaWorkingDays = 60;
    public const int MaxSteps = 10;
    public const int MaxFields = 40;
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const long DefaultFileBytes = 2L * 1024 * 1024;
}
