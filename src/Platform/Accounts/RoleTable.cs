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
        [Permissions.ReadServiceStatistics] = "read public-service dashboards and IKM reports of their area",
        [Permissions.EnterServiceSurveys] = "type in paper IKM questionnaires at the counter",
        [Permissions.ManageServices] = "manage public services: standards, workflows, forms, holiday calendar",
        [Permissions.ApplyForServices] = "apply for public services online",
        [Permissions.AssistApplications] = "apply for walk-in citizens at the counter (loket)",
        [Permissions.ProcessApplications] = "approve, return and reject applications at their steps",
        [Permissions.ReadApplications] = "read applications (operators: their steps; leaders: all)",
        [Permissions.SubmitForCitizens] = "partner systems: submit applications for citizens and track them",
        [Permissions.ManageSigning] = "manage signing keys and certificates, revoke issued documents",
        [Permissions.ReadIssuedDocuments] = "read and download issued documents of their area",
        [Permissions.ReadPerlinsos] = "read the social-protection registry and its data-quality findings",
        [Permissions.RegisterPerlinsos] = "register and edit households on a resident's behalf (with consent)",
        [Permissions.ImportPerlinsos] = "import households, death records and staff lists",
        [Permissions.VerifyPerlinsos] = "verify and resolve data-quality findings",
        [Permissions.ManagePerlinsos] = "run the data-quality pass and manage Perlinsos settings",
        [Permissions.SelfRegisterPerlinsos] = "register one's own household",
        [Permissions.ProposePerlinsos] = "propose households (usul) and object to listed ones (sanggah) for the village",
        [Permissions.VerifyPerlinsosProposals] = "verify the villages' usul and sanggah (kecamatan)",
        [Permissions.RecordPerlinsosDistribution] = "record bansos hand-overs with proof in the field",
        [Permissions.ManageComplaints] = "verify, route, reject and close complaints; complaint deadlines (SP4N-LAPOR liaison)",
        [Permissions.HandleComplaints] = "answer the complaints routed to the officer's unit",
        [Permissions.ReadComplaints] = "read every complaint and the complaints overview",
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
