using Pamong.Platform.Data;

namespace Pamong.Platform.Organisations.Units;

/// <summary>
/// "Sinkronkan dari data wilayah": adds an office for every kecamatan and village of the Pemda's region
/// that has none yet. Running it again adds nothing.
/// </summary>
public sealed class AreaOfficeSync(PamongDb db, PemdaUnit pemdaUnit)
{
    /// <summary>How many offices were added.</summary>
    public async Task<int> RunAsync(CancellationToken ct) =>
        await OrganisationFromRegions.AddAreaOfficesAsync(db, await pemdaUnit.FindOrCreateAsync(ct), ct);
}
