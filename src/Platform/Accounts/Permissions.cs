namespace Pamong.Platform.Accounts;

/// <summary>
/// What a role may do. Pages and API endpoints name a permission (the policy name); which roles hold it
/// is decided here and nowhere else. API keys of partner systems hold permissions directly, as scopes
/// (see <see cref="Tokens.ApiScopes"/>).
/// </summary>
public static class Permissions
{
    public const string ManageUsers = "users.manage";
    public const string ManageApiKeys = "api-keys.manage";
    public const string ManageOrganisation = "organisation.manage";
    public const string ManageModules = "modules.manage";
    public const string ReadAudit = "audit.read";
    public const string ReadRegions = "regions.read";
    public const string CheckNik = "nik.check";
    public const string ReadCitizens = "citizens.read";
    public const string ManageCitizens = "citizens.manage";
    public const string RegisterCitizenAccounts = "citizens.register-account";
    public const string UseApiTokens = "tokens.personal";
    public const string ReadDevMailbox = "mailbox.read";
    public const string SignedIn = "signed-in";
    public const string ReadSpbe = "spbe.read";
    public const string ManageSpbe = "spbe.manage";
    public const string ReviewSpbe = "spbe.review";
    public const string FillSpbe = "spbe.fill";
    public const string ManageComplaints = "complaints.manage";
    public const string HandleComplaints = "complaints.handle";
    public const string ReadComplaints = "complaints.read";

    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [Roles.Admin] =
        [
            ManageUsers, ManageApiKeys, ManageOrganisation, ManageModules, ReadAudit, ReadRegions, CheckNik,
            ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens, ReadDevMailbox,
            ReadSpbe, ManageSpbe, ReviewSpbe, FillSpbe, ManageComplaints, HandleComplaints, ReadComplaints,
        ],
        [Roles.Pimpinan] = [ReadAudit, ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, ReadComplaints],
        [Roles.Inspektur] = [ReadAudit, ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, ReviewSpbe, ReadComplaints],
        [Roles.OpdOperator] = [ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, FillSpbe, HandleComplaints],

        // Kecamatan offices serve citizens too (PATEN), so they may open accounts for walk-ins in their kecamatan.
        [Roles.KecamatanOperator] = [ReadRegions, CheckNik, ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens, HandleComplaints],
        [Roles.DesaOperator] = [ReadRegions, CheckNik, ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens, HandleComplaints],
        [Roles.Warga] = [],
    };

    public static bool Grants(string role, string permission) =>
        permission == SignedIn || (ByRole.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static IEnumerable<string> Of(string role) => ByRole.TryGetValue(role, out var granted) ? granted : [];

    /// <summary>Every permission some role holds, in a stable order (for documentation and the role table).</summary>
    public static IReadOnlyList<string> All { get; } = ByRole.Values.SelectMany(p => p).Distinct().ToList();
}
