namespace Pamong.Platform.Accounts;

/// <summary>
/// What a role may do. Pages and API endpoints name a permission (the policy name); which roles hold it
/// is decided here and nowhere else.
/// </summary>
public static class Permissions
{
    public const string ManageUsers = "users.manage";
    public const string ManageOrganisation = "organisation.manage";
    public const string ManageModules = "modules.manage";
    public const string ReadAudit = "audit.read";
    public const string ReadCitizens = "citizens.read";
    public const string ManageCitizens = "citizens.manage";
    public const string RegisterCitizenAccounts = "citizens.register-account";
    public const string ReadDevMailbox = "mailbox.read";
    public const string ReadSpbe = "spbe.read";
    public const string ManageSpbe = "spbe.manage";
    public const string SignedIn = "signed-in";

    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [Roles.Admin] = [ManageUsers, ManageOrganisation, ManageModules, ReadAudit, ReadCitizens, ManageCitizens, RegisterCitizenAccounts, ReadDevMailbox, ReadSpbe, ManageSpbe],
        [Roles.Pimpinan] = [ReadAudit, ReadCitizens, ReadSpbe],
        [Roles.Inspektur] = [ReadAudit, ReadCitizens, ReadSpbe],
        [Roles.OpdOperator] = [ReadCitizens, ReadSpbe],
        [Roles.KecamatanOperator] = [ReadCitizens, ManageCitizens],
        [Roles.DesaOperator] = [ReadCitizens, ManageCitizens, RegisterCitizenAccounts],
        [Roles.Warga] = [],
    };

    public static bool Grants(string role, string permission) =>
        permission == SignedIn || (ByRole.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static IEnumerable<string> Of(string role) => ByRole.TryGetValue(role, out var granted) ? granted : [];
}
