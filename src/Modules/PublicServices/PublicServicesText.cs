namespace Pamong.PublicServices;

/// <summary>UI strings of the public-services module (PublicServicesText.resx Indonesian, .en.resx English).</summary>
public sealed class PublicServicesText;
