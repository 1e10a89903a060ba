namespace Pamong.Platform.Accounts.Tokens;

/// <summary>
/// What a partner system's API key may be given. A scope is a permission name, so an endpoint that
/// requires <see cref="Permissions.ReadCitizens"/> accepts a key with the "citizens.read" scope as it is.
/// </summary>
public static class ApiScopes
{
    public static readonly IReadOnlyList<string> All = [Permissions.ReadRegions, Permissions.CheckNik, Permissions.ReadCitizens, Permissions.SubmitForCitizens, Permissions.ReadApplications];

    public static bool IsKnown(string scope) => All.Contains(scope);
}
