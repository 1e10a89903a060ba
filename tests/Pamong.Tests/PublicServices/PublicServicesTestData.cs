namespace Pamong.Tests.PublicServices;

/// <summary>Bodies for creating test services through the API.</summary>
internal static class PublicServicesTestData
{
    public static string UniqueCode(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    public static object Service(string code, string level = "Desa", string? owner = null, string name = "Layanan Uji") => new
    {
        code,
        name = name + " " + code,
        category = "umum",
        level,
        ownerUnitCode = owner,
        summary = "Layanan untuk pengujian.",
        legalBasis = "UU 25/2009",
        requirements = "KTP-el\nKK",
        procedure = "Ajukan\nDiproses",
        timeLimitWorkingDays = 3,
        fee = 0,
        product = "Surat uji",
        complaintChannel = "SP4N-LAPOR!",
    };
}
