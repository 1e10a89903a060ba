using Pamong.Platform.People;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// A member of a household, keyed by NIK (unique per Pemda), with what targeting needs about the person.
/// Personal data under UU 27/2022: lists show the NIK masked; reading it in full is logged with a reason.
/// </summary>
public sealed class Member : ITenantOwned
{
    /// <summary>Age from which a member counts as elderly (lansia) for the registry's summaries.</summary>
    public const int ElderlyAge = 60;

    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int HouseholdId { get; set; }

    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The name after <see cref="Names.IndonesianName.Normalize"/>: no titles, old spelling modernised, upper case.</summary>
    public string NormalizedName { get; set; } = "";

    public string BirthPlace { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public Relationship Relationship { get; set; }

    /// <summary>Occupation as declared (e.g. "Petani", "Buruh tani", "Pedagang").</summary>
    public string Occupation { get; set; } = "";

    /// <summary>On an imported civil-servant (ASN) list; set from the staff lists, not typed by hand.</summary>
    public bool IsAsn { get; set; }

    /// <summary>On an imported TNI or Polri list.</summary>
    public bool IsTniPolri { get; set; }

    /// <summary>On an imported list of village officials (perangkat desa).</summary>
    public bool IsVillageOfficial { get; set; }

    public Disability Disability { get; set; }
    public bool ChronicIllness { get; set; }
    public bool Pregnant { get; set; }

    public bool IsDeceased { get; set; }
    public DateOnly? DeceasedOn { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>School age as PKH counts it: 6 to 21 years (SD to SMA).</summary>
    public bool IsSchoolAgeOn(DateOnly day) => AgeOn(day) is >= 6 and <= 21;

    /// <summary>Early childhood (anak usia dini), 0 to 5 years.</summary>
    public bool IsYoungChildOn(DateOnly day) => AgeOn(day) is >= 0 and <= 5;

    public bool IsElderlyOn(DateOnly day) => AgeOn(day) >= ElderlyAge;
}
