using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.Proposals;

[JsonConverter(typeof(JsonStringEnumConverter<ProposalKind>))]
public enum ProposalKind
{
    /// <summary>Usul: add a household that the data missed.</summary>
    Usul,

    /// <summary>Sanggah: remove a listed household that should not receive.</summary>
    Sanggah,
}
