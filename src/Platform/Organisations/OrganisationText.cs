namespace Pamong.Platform.Organisations;

/// <summary>UI strings of the organisation pages (OrganisationText.resx Indonesian, OrganisationText.en.resx English).</summary>
public sealed class OrganisationText;
