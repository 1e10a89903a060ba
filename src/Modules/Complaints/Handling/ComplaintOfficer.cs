using System.Linq.Expressions;
using System.Security.Claims;
using Pamong.Platform.Accounts;
using Pamong.Platform.Organisations;

namespace Pamong.Complaints.Handling;

/// <summary>
/// What the signed-in officer may do with complaints. The liaison (complaints.manage) sees and acts on every
/// complaint; leaders and inspectors (complaints.read) see every complaint; a unit's operators
/// (complaints.handle) act on the complaints their unit handles or has been escalated, and kecamatan and desa
/// operators also see the complaints about units in their area (a kecamatan operator its villages).
/// Confidential complainants are shown only to the liaison.
/// </summary>
public sealed class ComplaintOfficer
{
    private static readonly string[] AreaRoles = [Roles.KecamatanOperator, Roles.DesaOperator];

    private ComplaintOfficer(bool manages, bool readsAll, IReadOnlyList<int> units, IReadOnlyList<string> regions) =>
        (Manages, ReadsAll, Units, Regions) = (manages, readsAll, units, regions);

    public bool Manages { get; }

    public bool ReadsAll { get; }

    /// <summary>The units the officer handles complaints for.</summary>
    public IReadOnlyList<int> Units { get; }

    /// <summary>Kecamatan or village codes whose units' complaints the officer may see.</summary>
    public IReadOnlyList<string> Regions { get; }

    public bool IsOfficer => Manages || ReadsAll || Units.Count > 0;

    public static ComplaintOfficer Of(ClaimsPrincipal user)
    {
        bool Holds(string permission) =>
            user.HasClaim(AccountClaims.ScopeClaim, permission) || user.FindAll(ClaimTypes.Role).Any(r => Permissions.Grants(r.Value, permission));

        var units = new List<int>();
        var regions = new List<string>();
        foreach (var claim in user.FindAll(AccountClaims.GrantClaim))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length != 3 || !Permissions.Grants(parts[0], Permissions.HandleComplaints) || !int.TryParse(parts[1], out var unit))
            {
                continue;
            }

            units.Add(unit);
            if (AreaRoles.Contains(parts[0]))
            {
                regions.Add(parts[2]);
            }
        }

        var manages = Holds(Permissions.ManageComplaints);
        return new ComplaintOfficer(manages, manages || Holds(Permissions.ReadComplaints), units.Distinct().ToList(), regions.Distinct().ToList());
    }

    public bool CanAct(Complaint complaint) =>
        Manages || Units.Contains(complaint.UnitId) || (complaint.EscalatedUnitId is { } up && Units.Contains(up));

    public bool CanView(Complaint complaint) => ReadsAll || CanAct(complaint) || InArea(complaint.UnitKind, complaint.UnitRegionCode);

    /// <summary>Whether the officer may see who filed it (never for anonymous ones; for confidential ones only the liaison).</summary>
    public bool SeesIdentity(Complaint complaint) => !complaint.Anonymous && (!complaint.Confidential || Manages);

    /// <summary>The complaints the officer may see, as a query filter.</summary>
    public Expression<Func<Complaint, bool>> Visible()
    {
        if (ReadsAll)
        {
            return _ => true;
        }

        var units = Units.ToList();
        Expression<Func<Complaint, bool>> own = c => units.Contains(c.UnitId) || (c.EscalatedUnitId != null && units.Contains(c.EscalatedUnitId.Value));
        var row = own.Parameters[0];
        var any = own.Body;
        var kind = Expression.Property(row, nameof(Complaint.UnitKind));
        var region = Expression.Property(row, nameof(Complaint.UnitRegionCode));
        var isArea = Expression.NotEqual(kind, Expression.Constant(nameof(UnitKind.Opd)));
        foreach (var code in Regions)
        {
            var exact = Expression.Equal(region, Expression.Constant(code));
            var below = Expression.Call(region, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, Expression.Constant(code + "."));
            any = Expression.OrElse(any, Expression.AndAlso(isArea, Expression.OrElse(exact, below)));
        }

        return Expression.Lambda<Func<Complaint, bool>>(any, row);
    }

    private bool InArea(string unitKind, string regionCode) =>
        unitKind != nameof(UnitKind.Opd) && Regions.Any(r => regionCode == r || regionCode.StartsWith(r + ".", StringComparison.Ordinal));
}
