namespace Pamong.Platform.Modules;

/// <summary>UI strings of the module switches (ModuleText.resx Indonesian, ModuleText.en.resx English).</summary>
public sealed class ModuleText;
