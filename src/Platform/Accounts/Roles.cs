namespace Pamong.Platform.Accounts;

/// <summary>The roles an officer or citizen can be granted. A role is always granted for one organisation unit.</summary>
public static class Roles
{
    /// <summary>Diskominfo administrator: users, roles, modules, organisation.</summary>
    public const string Admin = "Admin";

    /// <summary>Sekda / Bupati: reads everything in the Pemda.</summary>
    public const string Pimpinan = "Pimpinan";

    public const string OpdOperator = "OpdOperator";
    public const string KecamatanOperator = "KecamatanOperator";
    public const string DesaOperator = "DesaOperator";

    /// <summary>Inspektorat: reads and verifies the audit trail.</summary>
    public const string Inspektur = "Inspektur";

    /// <summary>Social-protection agent (pendamping PKH, TKSK): registers residents' households with their consent.</summary>
    public const string Pendamping = "Pendamping";

    public const string Warga = "Warga";

    public static readonly IReadOnlyList<string> All = [Admin, Pimpinan, OpdOperator, KecamatanOperator, DesaOperator, Pendamping, Inspektur, Warga];

    /// <summary>Roles whose holders must use two-factor sign-in.</summary>
    public static readonly IReadOnlySet<string> RequireTwoFactor = new HashSet<string> { Admin };
}
