using Pamong.Platform.Organisations;

namespace Pamong.Platform.Accounts.Users;

/// <summary>Which kinds of organisation unit a role can be granted at, and which kind of account can hold it.</summary>
public static class RoleUnitRules
{
    private static readonly Dictionary<string, UnitKind[]> Units = new()
    {
        [Roles.Admin] = [UnitKind.Pemda, UnitKind.Opd],
        [Roles.Pimpinan] = [UnitKind.Pemda, UnitKind.Opd],
        [Roles.Inspektur] = [UnitKind.Pemda, UnitKind.Opd],
        [Roles.OpdOperator] = [UnitKind.Pemda, UnitKind.Opd],
        [Roles.KecamatanOperator] = [UnitKind.Kecamatan],
        [Roles.DesaOperator] = [UnitKind.Desa, UnitKind.Kelurahan],
        [Roles.Pendamping] = [UnitKind.Kecamatan, UnitKind.Desa, UnitKind.Kelurahan],
        [Roles.Warga] = [UnitKind.Desa, UnitKind.Kelurahan],
    };

    public static IReadOnlyList<UnitKind> UnitKindsFor(string role) => Units.TryGetValue(role, out var kinds) ? kinds : [];

    public static bool Allows(string role, UnitKind unit) => UnitKindsFor(role).Contains(unit);

    /// <summary>Citizens hold only the Warga role; staff hold every other role.</summary>
    public static bool Allows(string role, AccountKind account) => (role == Roles.Warga) == (account == AccountKind.Citizen);
}
