using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.Programs;

/// <summary>A circumstance of a household that a program may require (PKH's components, for example).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Criterion>))]
public enum Criterion
{
    /// <summary>A pregnant member (ibu hamil).</summary>
    PregnantMember,

    /// <summary>A child of 0 to 5 years (anak usia dini).</summary>
    ChildUnder6,

    /// <summary>A child of 6 to 21 years (anak usia sekolah, SD to SMA).</summary>
    SchoolAgeChild,

    /// <summary>A member with a severe disability (disabilitas berat).</summary>
    SevereDisability,

    /// <summary>A member aged 60 or more (lansia).</summary>
    Elderly60,
}
