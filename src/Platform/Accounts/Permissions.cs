namespace Pamong.Platform.Accounts;

/// <summary>
/// What a role may do. Pages and API endpoints name a permission (the policy name); which roles hold it
/// is decided here and nowhere else. API keys of partner systems hold permissions directly, as scopes
/// (see <see cref="Tokens.ApiScopes"/>).
/// </summary>
public static class Permissions
{
    public const string ManageUsers = "users.manage";
    public const string ManageApiKeys = "api-keys.manage";
    public const string ManageOrganisation = "organisation.manage";
    public const string ManageModules = "modules.manage";
    public const string ReadAudit = "audit.read";
    public const string ReadRegions = "regions.read";
    public const string CheckNik = "nik.check";
    public const string ReadCitizens = "citizens.read";
    public const string ManageCitizens = "citizens.manage";
    public const string RegisterCitizenAccounts = "citizens.register-account";
    public const string UseApiTokens = "tokens.personal";
    public const string ReadDevMailbox = "mailbox.read";
    public const string SignedIn = "signed-in";
    public const string ReadSpbe = "spbe.read";
    public const string ManageSpbe = "spbe.manage";
    public const string ReviewSpbe = "spbe.review";
    public const string FillSpbe = "spbe.fill";
    public const string ManageSigning = "signing.manage";
    public const string ReadIssuedDocuments = "documents.read";

    /// <summary>Public-services dashboards and IKM reports, limited to the officer's area (see Statistics/StatisticsScope).</summary>
    public const string ReadServiceStatistics = "layanan.statistics";

    /// <summary>Typing in a citizen's paper IKM questionnaire at the counter.</summary>
    public const string EnterServiceSurveys = "layanan.survey.enter";

    /// <summary>Public services: the catalogue, its standards and workflows, and the holiday calendar.</summary>
    public const string ManageServices = "services.manage";

    // Public services (layanan): applying, applying for walk-in citizens, processing, reading; partner submission.
    public const string ApplyForServices = "services.apply";
    public const string AssistApplications = "applications.assist";
    public const string ProcessApplications = "applications.process";
    public const string ReadApplications = "applications.read";
    public const string SubmitForCitizens = "services.submit";
    public const string ReadPerlinsos = "perlinsos.read";
    public const string RegisterPerlinsos = "perlinsos.register";
    public const string ImportPerlinsos = "perlinsos.import";
    public const string VerifyPerlinsos = "perlinsos.verify";
    public const string ManagePerlinsos = "perlinsos.manage";
    public const string SelfRegisterPerlinsos = "perlinsos.self";
    public const string ProposePerlinsos = "perlinsos.propose";
    public const string VerifyPerlinsosProposals = "perlinsos.proposals.verify";
    public const string RecordPerlinsosDistribution = "perlinsos.distribution.record";

    // Complaints (pengaduan): the SP4N-LAPOR liaison manages and routes, units handle, leaders read.
    public const string ManageComplaints = "complaints.manage";
    public const string HandleComplaints = "complaints.handle";
    public const string ReadComplaints = "complaints.read";

    private static readonly Dictionary<string, string[]> ByRole = new()
    {
        [Roles.Admin] =
        [
            ManageUsers, ManageApiKeys, ManageOrganisation, ManageModules, ReadAudit, ReadRegions, CheckNik,
            ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens, ReadDevMailbox,
            ReadSpbe, ManageSpbe, ReviewSpbe, FillSpbe, ManageServices, ReadApplications, ManageSigning, ReadIssuedDocuments,
            ReadServiceStatistics, EnterServiceSurveys,
            ReadPerlinsos, RegisterPerlinsos, ImportPerlinsos, VerifyPerlinsos, ManagePerlinsos,
            ProposePerlinsos, VerifyPerlinsosProposals, RecordPerlinsosDistribution,
            ManageComplaints, HandleComplaints, ReadComplaints,
        ],
        [Roles.Pimpinan] = [ReadAudit, ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, ReadApplications, ReadServiceStatistics, ReadIssuedDocuments, ReadPerlinsos, ReadComplaints],
        [Roles.Inspektur] = [ReadAudit, ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, ReviewSpbe, ReadApplications, ReadServiceStatistics, ReadIssuedDocuments, ReadPerlinsos, ReadComplaints],
        [Roles.OpdOperator] =
        [
            ReadRegions, CheckNik, ReadCitizens, UseApiTokens, ReadSpbe, FillSpbe, ProcessApplications, ReadApplications,
            ReadServiceStatistics, EnterServiceSurveys, ReadIssuedDocuments,
            ReadPerlinsos, RegisterPerlinsos, ImportPerlinsos, VerifyPerlinsos, ManagePerlinsos, RecordPerlinsosDistribution,
            HandleComplaints,
        ],

        // Kecamatan offices serve citizens too (PATEN), so they may open accounts for walk-ins in their kecamatan.
        [Roles.KecamatanOperator] =
        [
            ReadRegions, CheckNik, ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens,
            AssistApplications, ProcessApplications, ReadApplications, ReadServiceStatistics, EnterServiceSurveys, ReadIssuedDocuments,
            ReadPerlinsos, RegisterPerlinsos, ImportPerlinsos, VerifyPerlinsos, VerifyPerlinsosProposals,
            HandleComplaints,
        ],
        [Roles.DesaOperator] =
        [
            ReadRegions, CheckNik, ReadCitizens, ManageCitizens, RegisterCitizenAccounts, UseApiTokens,
            AssistApplications, ProcessApplications, ReadApplications, ReadServiceStatistics, EnterServiceSurveys, ReadIssuedDocuments,
            ReadPerlinsos, RegisterPerlinsos, ImportPerlinsos, VerifyPerlinsos, ProposePerlinsos, RecordPerlinsosDistribution,
            HandleComplaints,
        ],

        // Agents register residents' households (with consent) in the area of the unit they are placed at.
        [Roles.Pendamping] = [ReadRegions, CheckNik, UseApiTokens, ReadPerlinsos, RegisterPerlinsos, RecordPerlinsosDistribution],

        // Citizens act only on their own data.
        [Roles.Warga] = [ApplyForServices, SelfRegisterPerlinsos],
    };

    public static bool Grants(string role, string permission) =>
        permission == SignedIn || (ByRole.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static IEnumerable<string> Of(string role) => ByRole.TryGetValue(role, out var granted) ? granted : [];

    /// <summary>Every permission some role holds, in a stable order (for documentation and the role table).</summary>
    public static IReadOnlyList<string> All { get; } = ByRole.Values.SelectMany(p => p).Distinct().ToList();
}
