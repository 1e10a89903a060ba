using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>A certificate chain stored as PEM certificates one after another.</summary>
public static class CertificateChain
{
    public static byte[] ToPem(IEnumerable<X509Certificate2> certificates) =>
        Encoding.ASCII.GetBytes(string.Concat(certificates.Select(c => c.ExportCertificatePem() + "\n")));

    public static X509Certificate2Collection FromPem(byte[] pem)
    {
        var collection = new X509Certificate2Collection();
        if (pem.Length > 0)
        {
            collection.ImportFromPem(Encoding.ASCII.GetString(pem));
        }

        return collection;
    }
}
