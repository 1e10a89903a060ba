namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// A role an officer holds at one unit, as far as processing applications goes: "DesaOperator at Desa Kemiren"
/// (unit code = region code 35.10.15.2004), "KecamatanOperator at Kecamatan Glagah", "OpdOperator at DINSOS".
/// </summary>
public sealed record OfficerSeat(string Role, string UnitCode, string RegionCode)
{
    /// <summary>The keys a step at this seat matches (see <see cref="StepAuthority"/>): "Role|code".</summary>
    public IEnumerable<string> Keys => UnitCode == RegionCode ? [Role + "|" + RegionCode] : [Role + "|" + RegionCode, Role + "|" + UnitCode];
}
