namespace Pamong.Platform.People.Citizens;

/// <summary>What an officer enters for a resident. Everything is text so that nothing typed is lost on an error.</summary>
public sealed class CitizenInput
{
    public string? Nik { get; set; }

    /// <summary>Nomor KK; changing it moves the person to another family card.</summary>
    public string? KkNumber { get; set; }

    public string? FullName { get; set; }

    public string? BirthPlace { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? BirthDate { get; set; }

    /// <summary>"Male" or "Female" (also "L" or "P").</summary>
    public string? Sex { get; set; }

    /// <summary>One of <see cref="FamilyRelationships.All"/>.</summary>
    public string? FamilyRelationship { get; set; }

    public string? Address { get; set; }

    /// <summary>1–3 digits; stored as 3 ("1" → "001").</summary>
    public string? Rt { get; set; }

    public string? Rw { get; set; }

    /// <summary>The desa/kelurahan region code, e.g. "35.10.15.2004".</summary>
    public string? VillageCode { get; set; }

    public static CitizenInput From(CitizenRecord c) => new()
    {
        Nik = c.Nik,
        KkNumber = c.KkNumber,
        FullName = c.FullName,
        BirthPlace = c.BirthPlace,
        BirthDate = c.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Sex = c.Sex,
        FamilyRelationship = c.FamilyRelationship,
        Address = c.Address,
        Rt = c.Rt,
        Rw = c.Rw,
        VillageCode = c.VillageCode,
    };
}
