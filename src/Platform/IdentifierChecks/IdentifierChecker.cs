using Pamong.Platform.Localization;
using Pamong.Platform.People;
using Pamong.Platform.Regions;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>
/// Checks the structure of a NIK or a Nomor KK the same way for the page and the API: against today's
/// date in WIB (Asia/Jakarta — the numbers are Indonesian, so "today" is the Indonesian date, whatever
/// the server's zone) and, for the NIK, against the region list. Nothing is looked up or stored.
/// </summary>
public sealed class IdentifierChecker(RegionDirectory regions, TimeProvider clock)
{
    /// <summary>Longer input is refused before any check (400 nik_input_too_long / kk_input_too_long).</summary>
    public const int MaxInputLength = 32;

    public NikCheck Nik(string? input) => People.Nik.Check(input, clock.WibToday(), regions.Tree.DistrictExists);

    public KkCheck Kk(string? input) => KkNumber.Check(input, clock.WibToday());
}
