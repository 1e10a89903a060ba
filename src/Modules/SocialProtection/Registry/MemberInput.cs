namespace Pamong.SocialProtection.Registry;

/// <summary>A household member as typed (see <see cref="HouseholdInput"/>). A row with no NIK and no name is ignored.</summary>
public sealed class MemberInput
{
    public string? Nik { get; set; }
    public string? Name { get; set; }
    public string? BirthPlace { get; set; }

    /// <summary>yyyy-MM-dd (also dd-MM-yyyy and dd/MM/yyyy in imports).</summary>
    public string? BirthDate { get; set; }

    /// <summary>Male/Female, L/P, Laki-laki/Perempuan.</summary>
    public string? Sex { get; set; }

    /// <summary>A <see cref="Registry.Relationship"/> name, its Indonesian label (Kepala Keluarga, Istri, Anak, ...) or its KK code 1–11.</summary>
    public string? Relationship { get; set; }

    public string? Occupation { get; set; }

    /// <summary>None/Moderate/Severe or tidak/sedang/berat.</summary>
    public string? Disability { get; set; }

    public bool ChronicIllness { get; set; }
    public bool Pregnant { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Nik) && string.IsNullOrWhiteSpace(Name);
}
