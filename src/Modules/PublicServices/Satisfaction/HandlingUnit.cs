using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Satisfaction;

/// <summary>
/// The unit that serves an application and answers for its satisfaction index: the owning OPD of an OPD
/// service; for desa and kecamatan services (offered by every village and kecamatan) the applicant's own
/// village office or kecamatan office, whose unit code is the region code.
/// </summary>
public static class HandlingUnit
{
    public static string Of(Service service, string villageCode) => service.Level switch
    {
        ServiceLevel.Opd => service.OwnerUnitCode ?? "",
        ServiceLevel.Kecamatan => KecamatanOf(villageCode),
        _ => villageCode,
    };

    /// <summary>"35.10.15.2004" → "35.10.15".</summary>
    public static string KecamatanOf(string villageCode) =>
        villageCode.Length > 8 && villageCode[8] == '.' ? villageCode[..8] : villageCode;
}
