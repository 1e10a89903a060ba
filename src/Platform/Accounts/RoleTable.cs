using System.Text;

namespace Pamong.Platform.Accounts;

/// <summary>
/// The role × permission table as Markdown, made from <see cref="Permissions"/> (printed by the "roles" command
/// and kept in docs/modules/accounts.md; a test checks that the page is current).
/// </summary>
public static class RoleTable
{
    private static readonly Dictionary<string, string> Meaning = new()
    {
        [Permissions.ManageUsers] = "manage accounts, grants, locks, 2FA and password resets",
        [Permissions.ManageApiKeys] = "make and revoke partner API keys",
        [Permissions.ManageOrganisation] = "manage organisation units",
        [Permissions.ManageModules] = "switch modules on and off",
        [Permissions.ReadAudit] = "read and verify the audit trail",
        [Permissions.ReadRegions] = "read region data",
        [Permissions.CheckNik] = "check NIK numbers",
        [Permissions.ReadCitizens] = "read resident records",
        [Permissions.ManageCitizens] = "change resident records",
        [Permissions.RegisterCitizenAccounts] = "register walk-in citizens (assisted channel)",
        [Permissions.UseApiTokens] = "own personal access tokens",
        [Permissions.ReadDevMailbox] = "read the development mailbox",
        [Permissions.ReadSpbe] = "read the SPBE self-assessment, architecture and risks",
        [Permissions.ManageSpbe] = "manage SPBE periods, instruments, targets, architecture and risks",
        [Permissions.ReviewSpbe] = "review and lock SPBE self-assessments (internal evaluation team)",
        [Permissions.FillSpbe] = "fill SPBE indicators with evidence",
        [Permissions.ManageServices] = "manage public services: standards, workflows, forms, holiday calendar",
    };

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| Permission | Meaning | ").AppendJoin(" | ", Roles.All).Append(" |\n");
        text.Append("| --- | --- |").Append(string.Concat(Enumerable.Repeat(" :-: |", Roles.All.Count))).Append('\n');
        foreach (var permission in Permissions.All)
        {
            text.Append("| `").Append(permission).Append("` | ").Append(Meaning.GetValueOrDefault(permission, "")).Append(" | ")
                .AppendJoin(" | ", Roles.All.Select(r => Permissions.Grants(r, permission) ? "✓" : "")).Append(" |\n");
        }

        return text.ToString();
    }
}
