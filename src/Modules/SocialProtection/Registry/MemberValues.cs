using Pamong.Platform.People;
using Pamong.SocialProtection.Names;

namespace Pamong.SocialProtection.Registry;

/// <summary>A member's checked values (see <see cref="RegistryFields"/>).</summary>
public sealed record MemberValues(
    string Nik, string Name, string BirthPlace, DateOnly BirthDate, Sex Sex, Relationship Relationship, string Occupation,
    Disability Disability, bool ChronicIllness, bool Pregnant)
{
    public string NormalizedName { get; } = IndonesianName.Normalize(Name);

    public void ApplyTo(Member m)
    {
        m.Nik = Nik;
        m.Name = Name;
        m.NormalizedName = NormalizedName;
        m.BirthPlace = BirthPlace;
        m.BirthDate = BirthDate;
        m.Sex = Sex;
        m.Relationship = Relationship;
        m.Occupation = Occupation;
        m.Disability = Disability;
        m.ChronicIllness = ChronicIllness;
        m.Pregnant = Pregnant;
    }

    public bool Differs(Member m) =>
        m.Name != Name || m.BirthPlace != BirthPlace || m.BirthDate != BirthDate || m.Sex != Sex || m.Relationship != Relationship
        || m.Occupation != Occupation || m.Disability != Disability || m.ChronicIllness != ChronicIllness || m.Pregnant != Pregnant;
}
