namespace Pamong.SocialProtection.Registry;

/// <summary>Relationship to the head of the family as printed on the KK (status hubungan dalam keluarga).</summary>
public enum Relationship
{
    Head,
    Husband,
    Wife,
    Child,
    ChildInLaw,
    Grandchild,
    Parent,
    ParentInLaw,
    OtherRelative,
    Helper,
    Other,
}
