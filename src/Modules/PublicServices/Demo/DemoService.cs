using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Demo;

/// <summary>One service of the demo catalogue, with its workflow and form.</summary>
internal sealed record DemoService(
    string Code, string Name, string Category, ServiceLevel Level, string? Owner, string Summary, string LegalBasis,
    string[] Requirements, string[] Procedure, int Days, decimal Fee, string Product, WorkflowStep[] Steps, FormField[] Fields);
